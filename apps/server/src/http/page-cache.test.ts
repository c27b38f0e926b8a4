// Issue 17: a list served from the page cache answers what the uncached list answers, byte for byte, for every
// query and after every kind of write; and it really is served from the cache while the revision holds. The last
// case takes every kept read from the route table, so a read put on the cache is checked without naming it here.
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { parseEnv } from '../env.ts';
import { FIXTURES } from '../testing/fixtures.ts';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

/** The same database served without a page cache: the answer every cached answer must equal. */
function uncached() {
  const env = parseEnv({ AIMS_LOG_LEVEL: 'silent', AIMS_PAGE_CACHE_MB: '0' });
  const { app } = createApp({ database: t.database, env, log: pino({ level: 'silent' }), blobs: t.blobs });
  return (path: string, token: string) =>
    app.request(`http://127.0.0.1${path}`, { headers: { authorization: `Bearer ${token}` } });
}

const list = (orgId: string, q = '') => `/api/v1/orgs/${orgId}/risks${q}`;

async function answer(res: Response) {
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

async function expectSameAnswers(plain: ReturnType<typeof uncached>, queries: string[]) {
  for (const q of queries) {
    const path = list(f.a.org.id, q);
    // Twice: the first builds the page, the second is served from the cache.
    for (let i = 0; i < 2; i++) {
      const cached = await answer(await t.call('GET', path, { token: f.tokens.viewer }));
      expect(cached, `${q} (${i})`).toEqual(await answer(await plain(path, f.tokens.viewer)));
      expect(cached.status).toBe(200);
    }
  }
}

const QUERIES = [
  '',
  '?limit=2',
  '?sort=-inherentScore&limit=3',
  '?q=drift',
  '?level=high',
  '?limit=500&status=open',
  '?limit=1&sort=title',
];

describe('page cache (issue 17)', () => {
  it('answers what the uncached list answers, before and after each kind of write', async () => {
    const plain = uncached();
    await expectSameAnswers(plain, QUERIES);
    const ids: string[] = [];
    for (const [title, likelihood, consequence] of [
      ['Data drift', 2, 3],
      ['Prompt injection', 4, 5],
      ['Model inversion', 3, 3],
      // Kept pages are UTF-8 bytes: a title beyond ASCII must come back the same.
      ['Prüfdaten veraltet — 数据漂移 ✓', 2, 2],
    ] as const) {
      const res = await t.call('POST', list(f.a.org.id), {
        token: f.tokens.manager,
        json: { title, likelihood, consequence },
      });
      expect(res.status).toBe(201);
      ids.push((await res.json()).id);
      await expectSameAnswers(plain, QUERIES);
    }
    const patch = await t.call('PATCH', list(f.a.org.id, `/${ids[0]}`), {
      token: f.tokens.manager,
      json: { title: 'Concept drift', controlRefs: ['A.6.2.6'] },
    });
    expect(patch.status).toBe(200);
    await expectSameAnswers(plain, QUERIES);
    // Walking the register page by page gives the same pages from both.
    let cursor: string | null = null;
    let seen = 0;
    do {
      const q: string = `?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      await expectSameAnswers(plain, [q]);
      const page = await (await t.call('GET', list(f.a.org.id, q), { token: f.tokens.viewer })).json();
      seen += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toBe(ids.length);
  });

  it('serves the kept page while the revision holds, and a new one once a write changes it', async () => {
    const plain = uncached();
    const first = await answer(
      await t.call('GET', list(f.a.org.id, '?sort=title'), { token: f.tokens.viewer }),
    );
    // A write that no trigger sees (replication mode turns them off) is invisible to the cache: proof that the
    // page came from it, and that the revision is what keeps it correct.
    await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update risks set title = 'Hidden edit' where organization_id = ${f.a.org.id}`);
    });
    const kept = await answer(
      await t.call('GET', list(f.a.org.id, '?sort=title'), { token: f.tokens.viewer }),
    );
    expect(kept).toEqual(first);
    expect((await answer(await plain(list(f.a.org.id, '?sort=title'), f.tokens.viewer))).body).toContain(
      'Hidden edit',
    );
    // The same query written in another order shares the page.
    const reordered = await answer(
      await t.call('GET', list(f.a.org.id, '?limit=50&sort=title'), { token: f.tokens.viewer }),
    );
    expect(reordered).toEqual(first);
    await t.database.db.execute(
      sql`update risks set description = 'seen' where organization_id = ${f.a.org.id}`,
    );
    const fresh = await answer(
      await t.call('GET', list(f.a.org.id, '?sort=title'), { token: f.tokens.viewer }),
    );
    expect(fresh.body).toContain('Hidden edit');
    expect(fresh).toEqual(await answer(await plain(list(f.a.org.id, '?sort=title'), f.tokens.viewer)));
  });

  it('never answers another organization’s page: the org check comes before the cache', async () => {
    const own = await t.call('GET', list(f.a.org.id), { token: f.tokens.viewer });
    expect(own.status).toBe(200);
    const theirs = await t.call('GET', list(f.a.org.id), { token: f.ownerB });
    expect(theirs.status).toBe(404);
    expect(theirs.headers.get('content-type')).toContain('application/problem+json');
    const empty = await (await t.call('GET', list(f.b.org.id), { token: f.ownerB })).json();
    expect(empty.items).toEqual([]);
  });

  it('answers every kept read in the route table as uncached after creating one of every kind of record', async () => {
    const plain = uncached();
    const kept = t.routes.filter((r) => r.kept).map((r) => r.path);
    // The table marks what the routes really keep (else the loop below would check nothing).
    expect(kept).toEqual(
      expect.arrayContaining([
        '/api/v1/orgs/{orgId}/risks',
        '/api/v1/orgs/{orgId}/ai-systems',
        '/api/v1/orgs/{orgId}/readiness',
        '/api/v1/orgs/{orgId}/soa',
        '/api/v1/orgs/{orgId}/risks/summary',
      ]),
    );
    // And the reads built from answers the services keep by revision (kept-answers.ts).
    const views: string[] = [`/api/v1/orgs/${f.a.org.id}/dashboard`];
    for (const path of kept) {
      expect(path, 'a kept read names no entity').not.toMatch(/\{(?!orgId\})/);
      const view = path.replace('{orgId}', f.a.org.id);
      views.push(view);
      // A small filtered page too, where the read takes a list query.
      const filtered = `${view}?limit=2&q=data`;
      if ((await plain(filtered, f.tokens.viewer)).status === 200) views.push(filtered);
    }
    expect(views.length).toBeGreaterThan(kept.length + 1);
    const same = async (what: string) => {
      let all = '';
      for (const view of views)
        for (let i = 0; i < 2; i++) {
          const cached = await answer(await t.call('GET', view, { token: f.tokens.viewer }));
          expect(cached.status, `${view} after ${what}`).toBe(200);
          expect(cached, `${view} after ${what}`).toEqual(await answer(await plain(view, f.tokens.viewer)));
          all += cached.body;
        }
      return all;
    };
    let last = await same('start');
    let changed = 0;
    for (const [kind, make] of Object.entries(FIXTURES)) {
      await make(t.database, f.a.org.id, t);
      const now = await same(kind);
      if (now !== last) changed++;
      last = now;
    }
    // Many of those records move the views (else equality would hold trivially).
    expect(changed).toBeGreaterThanOrEqual(5);
  });
});
