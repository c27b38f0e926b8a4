import { AiSystemSchema, LedgerVerifySchema, pageSchema } from '@openaims/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();
let base: string;
beforeAll(async () => {
  base = `/api/v1/orgs/${f.a.org.id}/ai-systems`;
});

describe('AI systems over HTTP', () => {
  it('creates with 201, Location and ETag, and ignores nothing silently (unknown fields are refused)', async () => {
    const res = await t.call('POST', base, {
      token: f.tokens.contributor,
      json: { name: 'Resume ranker', purpose: 'Shortlist candidates' },
    });
    expect(res.status).toBe(201);
    const s = AiSystemSchema.parse(await res.json());
    expect(res.headers.get('location')).toBe(`${base}/${s.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
    const extra = await t.call('POST', base, {
      token: f.tokens.contributor,
      json: { name: 'x', purpose: 'y', version: 99 },
    });
    expect(extra.status).toBe(400);
    expect((await extra.json()).errors[0].message).toMatch(/unrecognized|version/i);
  });

  it('updates with If-Match and answers 412 to a stale version, changing nothing', async () => {
    const s = AiSystemSchema.parse(
      await (
        await t.call('POST', base, { token: f.tokens.manager, json: { name: 'Chatbot', purpose: 'Support' } })
      ).json(),
    );
    const ok = await t.call('PATCH', `${base}/${s.id}`, {
      token: f.tokens.manager,
      json: { lifecycleStage: 'verification_validation' },
      headers: { 'if-match': '"1"' },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    const stale = await t.call('PATCH', `${base}/${s.id}`, {
      token: f.tokens.manager,
      json: { name: 'Renamed' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect((await stale.json()).code).toBe('STALE_VERSION');
    const now = AiSystemSchema.parse(
      await (await t.call('GET', `${base}/${s.id}`, { token: f.tokens.viewer })).json(),
    );
    expect(now).toMatchObject({ name: 'Chatbot', lifecycleStage: 'verification_validation', version: 2 });
  });

  it('archives with 204 and keeps the record readable', async () => {
    const s = AiSystemSchema.parse(
      await (
        await t.call('POST', base, { token: f.tokens.owner, json: { name: 'Legacy', purpose: 'Old' } })
      ).json(),
    );
    expect((await t.call('DELETE', `${base}/${s.id}`, { token: f.tokens.contributor })).status).toBe(403);
    expect((await t.call('DELETE', `${base}/${s.id}`, { token: f.tokens.manager })).status).toBe(204);
    const got = AiSystemSchema.parse(
      await (await t.call('GET', `${base}/${s.id}`, { token: f.tokens.viewer })).json(),
    );
    expect(got.archivedAt).not.toBeNull();
  });

  it('pages with limit and cursor and filters by stage', async () => {
    for (let i = 0; i < 7; i++)
      await t.call('POST', base, {
        token: f.tokens.owner,
        json: {
          name: `Paged ${i}`,
          purpose: 'p',
          lifecycleStage: i % 2 ? 'design_development' : 'inception',
        },
      });
    const Page = pageSchema(AiSystemSchema);
    const first = Page.parse(
      await (await t.call('GET', `${base}?limit=3&q=Paged&sort=name`, { token: f.tokens.viewer })).json(),
    );
    expect(first.items.map((s) => s.name)).toEqual(['Paged 0', 'Paged 1', 'Paged 2']);
    const second = Page.parse(
      await (
        await t.call('GET', `${base}?limit=3&q=Paged&sort=name&cursor=${first.nextCursor}`, {
          token: f.tokens.viewer,
        })
      ).json(),
    );
    expect(second.items.map((s) => s.name)).toEqual(['Paged 3', 'Paged 4', 'Paged 5']);
    const dev = Page.parse(
      await (
        await t.call('GET', `${base}?q=Paged&stage=design_development`, { token: f.tokens.viewer })
      ).json(),
    );
    expect(dev.items).toHaveLength(3);
    expect((await t.call('GET', `${base}?limit=501`, { token: f.tokens.viewer })).status).toBe(400);
  });

  it('writes every change to a ledger that verifies', async () => {
    const v = LedgerVerifySchema.parse(
      await (
        await t.call('GET', `/api/v1/orgs/${f.a.org.id}/ledger/verify`, { token: f.tokens.auditor })
      ).json(),
    );
    expect(v.ok).toBe(true);
    expect(v.count).toBeGreaterThan(10);
    const ledger = await (
      await t.call('GET', `/api/v1/orgs/${f.a.org.id}/ledger?limit=2&entityType=ai_system`, {
        token: f.tokens.auditor,
      })
    ).json();
    expect(ledger.items).toHaveLength(2);
    expect(ledger.items[0].seq).toBeGreaterThan(ledger.items[1].seq);
  });
});
