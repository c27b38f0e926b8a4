// Issue 11 item 3: an external auditor's reads go to the access log the organization exports; an auditor asks
// about a record (a request for information) without changing it; another organization's record is refused.
import { AccessLogEntrySchema, CommentSchema } from '@openaims/core';
import { createSession } from '@openaims/services';
import { addMember } from '@openaims/services/testing/factories';
import { beforeAll, describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();
interface Person {
  userId: string;
  cookie: string;
  headers: Record<string, string>;
}
let auditor: Person;
let manager: Person;

/** A signed-in member (a token's creator must be able to grant it, so people sign in with a session). */
async function signedIn(role: 'auditor' | 'manager'): Promise<Person> {
  const m = await addMember(t.database.db, f.a.org.id, role);
  const s = await createSession(t.database.db, m.userId);
  return {
    userId: m.userId,
    cookie: `aims_session=${s.secret}; aims_csrf=${s.csrfToken}`,
    headers: { 'x-csrf-token': s.csrfToken },
  };
}

beforeAll(async () => {
  auditor = await signedIn('auditor');
  manager = await signedIn('manager');
});

const as = (p: Person) => ({ cookie: p.cookie, headers: p.headers });
const org = () => `/api/v1/orgs/${f.a.org.id}`;

describe('access log of external auditors', () => {
  it('records an auditor’s successful reads, not a manager’s, and exports them as CSV', async () => {
    expect((await t.call('GET', `${org()}/risks?limit=5`, as(auditor))).status).toBe(200);
    expect((await t.call('GET', `${org()}/soa`, as(auditor))).status).toBe(200);
    // A refused read (no permission) and a missing record read nothing.
    expect((await t.call('GET', `${org()}/tokens`, as(auditor))).status).toBe(403);
    expect((await t.call('GET', `${org()}/risks/risk_nothere`, as(auditor))).status).toBe(404);
    expect((await t.call('GET', `${org()}/risks?limit=7`, as(manager))).status).toBe(200);

    const res = await t.call('GET', `${org()}/access-log?userId=${auditor.userId}`, {
      token: f.tokens.admin,
    });
    expect(res.status).toBe(200);
    const page = await res.json();
    const items = page.items.map((i: unknown) => AccessLogEntrySchema.parse(i));
    expect(items.map((i: { path: string }) => i.path)).toEqual([`${org()}/soa`, `${org()}/risks?limit=5`]);
    expect(
      items.every((i: { role: string; status: number }) => i.role === 'auditor' && i.status === 200),
    ).toBe(true);
    const all = await (
      await t.call('GET', `${org()}/access-log?limit=500`, { token: f.tokens.admin })
    ).json();
    expect(all.items.some((i: { userId: string | null }) => i.userId === manager.userId)).toBe(false);

    // Pagination: one at a time, newest first.
    const p1 = await (
      await t.call('GET', `${org()}/access-log?limit=1&userId=${auditor.userId}`, { token: f.tokens.admin })
    ).json();
    expect(p1.items).toHaveLength(1);
    const p2 = await (
      await t.call('GET', `${org()}/access-log?limit=1&userId=${auditor.userId}&cursor=${p1.nextCursor}`, {
        token: f.tokens.admin,
      })
    ).json();
    expect(p2.items[0].path).toBe(`${org()}/risks?limit=5`);
    const bad = await t.call('GET', `${org()}/access-log?cursor=x%00y`, { token: f.tokens.admin });
    expect(bad.status).toBe(400);

    const csv = await t.call('GET', `${org()}/exports/access-log.csv`, { token: f.tokens.admin });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe('at,actorType,actorId,userId,role,method,path,status');
    expect(text).toContain(`${org()}/risks?limit=5`);
    expect(text).not.toContain('limit=7');
  });

  it('keeps the log from auditors and other organizations', async () => {
    expect((await t.call('GET', `${org()}/access-log`, as(auditor))).status).toBe(403);
    expect((await t.call('GET', `${org()}/exports/access-log.csv`, as(auditor))).status).toBe(403);
    expect((await t.call('GET', `${org()}/access-log`, as(manager))).status).toBe(403);
    expect((await t.call('GET', `${org()}/access-log`, { token: f.ownerB })).status).toBe(404);
  });

  it('neutralises spreadsheet formulas in the CSV', async () => {
    await t.call('GET', `${org()}/risks?q=${encodeURIComponent('=cmd|x')}`, as(auditor));
    const text = await (
      await t.call('GET', `${org()}/exports/access-log.csv`, { token: f.tokens.admin })
    ).text();
    for (const line of text.split('\r\n'))
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});

describe('requests for information', () => {
  it('lets an auditor ask about a risk without changing it; a lead answers', async () => {
    const created = await t.call('POST', `${org()}/risks`, {
      token: f.tokens.manager,
      json: { title: 'Drift in scoring model', likelihood: 3, consequence: 3 },
    });
    const risk = await created.json();
    const before = await (await t.call('GET', `${org()}/risks/${risk.id}`, { token: f.tokens.admin })).json();

    const asked = await t.call('POST', `${org()}/comments`, {
      ...as(auditor),
      json: { targetType: 'risk', targetId: risk.id, body: 'Which evidence supports likelihood 3?' },
    });
    expect(asked.status).toBe(201);
    const comment = CommentSchema.parse(await asked.json());
    expect(comment).toMatchObject({ status: 'open', createdBy: auditor.userId, targetId: risk.id });
    expect(asked.headers.get('location')).toBe(`${org()}/comments/${comment.id}`);

    const after = await (await t.call('GET', `${org()}/risks/${risk.id}`, { token: f.tokens.admin })).json();
    expect(after.version).toBe(before.version);
    expect(after.updatedAt).toBe(before.updatedAt);

    // Auditors cannot answer; a lead can.
    const url = `${org()}/comments/${comment.id}/answer`;
    expect((await t.call('POST', url, { ...as(auditor), json: { answer: 'x' } })).status).toBe(403);
    const answered = await t.call('POST', url, {
      ...as(manager),
      json: { answer: 'See evidence E-12.' },
    });
    expect(answered.status).toBe(200);
    expect(await answered.json()).toMatchObject({
      status: 'answered',
      answeredBy: manager.userId,
      version: 2,
    });

    const list = await (
      await t.call('GET', `${org()}/comments?targetType=risk&targetId=${risk.id}`, as(auditor))
    ).json();
    expect(list.items.map((c: { id: string }) => c.id)).toEqual([comment.id]);

    const ledger = await (await t.call('GET', `${org()}/ledger?limit=500`, { token: f.tokens.admin })).json();
    const actions = ledger.items.map((e: { action: string }) => e.action);
    expect(actions).toContain('comment.created');
    expect(actions).toContain('comment.answered');
    // The request for information writes nothing about the risk.
    expect(
      ledger.items
        .filter((e: { entityId: string; action: string }) => e.entityId === risk.id)
        .map((e: { action: string }) => e.action),
    ).toEqual(['risk.created']);
  });

  it('refuses another organization’s record and one that does not exist, storing nothing', async () => {
    const other = await t.call('POST', `/api/v1/orgs/${f.b.org.id}/risks`, {
      token: f.ownerB,
      json: { title: 'Org B risk', likelihood: 1, consequence: 1 },
    });
    const otherId = (await other.json()).id;
    for (const targetId of [otherId, 'risk_doesnotexist']) {
      const res = await t.call('POST', `${org()}/comments`, {
        ...as(auditor),
        json: { targetType: 'risk', targetId, body: 'Is this yours?' },
      });
      expect(res.status).toBe(422);
    }
    const bad = await t.call('POST', `${org()}/comments`, {
      ...as(auditor),
      json: { targetType: 'organization', targetId: otherId, body: 'x' },
    });
    expect(bad.status).toBe(400);
    const list = await (await t.call('GET', `${org()}/comments?limit=500`, { token: f.tokens.admin })).json();
    expect(list.items.some((c: { targetId: string }) => c.targetId === otherId)).toBe(false);
    // A comment of another organization is not found.
    expect((await t.call('GET', `/api/v1/orgs/${f.b.org.id}/comments`, as(auditor))).status).toBe(404);
    expect((await t.call('POST', `${org()}/comments`, { token: f.tokens.viewer, json: {} })).status).toBe(
      403,
    );
  });
});
