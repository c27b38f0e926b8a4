// Time-boxed access for an external auditor (issue 11 item 3): an invitation carries `accessEndsAt`, the
// membership inherits it, and once it has passed the next request is refused, by session and by token.
import { InvitationSchema, MemberSchema } from '@openaims/core';
import { tables } from '@openaims/db';
import { createToken, forgetResolvedTokens } from '@openaims/services';
import { addMember } from '@openaims/services/testing/factories';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';
import { sessionFrom } from '../testing/test-app.ts';

const { t, f } = appWithTwoOrgsForFile();

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

describe('external auditor access', () => {
  it('invites an auditor until a date; after it, their session is refused', async () => {
    const org = `/api/v1/orgs/${f.a.org.id}`;
    const ends = inAWeek();
    const inv = await t.call('POST', `${org}/invitations`, {
      token: f.tokens.admin,
      json: { email: 'auditor@cert.example', role: 'auditor', accessEndsAt: ends },
    });
    expect(inv.status).toBe(201);
    const created = await inv.json();
    expect(InvitationSchema.parse(created).accessEndsAt).toBe(ends);
    const accept = await t.call('POST', '/api/v1/invitations/accept', {
      json: { code: created.code, name: 'Ada Auditor', password: 'correct horse battery' },
    });
    expect(accept.status).toBe(200);
    const { userId } = await accept.json();
    const { cookie } = sessionFrom(accept);
    expect((await t.call('GET', `${org}/risks`, { cookie })).status).toBe(200);
    const members = (
      await (await t.call('GET', `${org}/members?limit=500`, { token: f.tokens.admin })).json()
    ).items as unknown[];
    const me = members.map((m) => MemberSchema.parse(m)).find((m) => m.userId === userId)!;
    expect(me.accessEndsAt).toBe(ends);
    expect(me.role).toBe('auditor');

    // The end date passes.
    await t.database.db
      .update(tables.members)
      .set({ accessEndsAt: new Date(Date.now() - 1000) })
      .where(eq(tables.members.id, me.id));
    const after = await t.call('GET', `${org}/risks`, { cookie });
    expect(after.status).toBe(403);
    expect((await after.json()).detail).toMatch(/access to this organization ended/);
  });

  it('ends the tokens of a member whose access has ended', async () => {
    const m = await addMember(t.database.db, f.a.org.id, 'admin');
    const ctx = {
      db: t.database.db,
      orgId: f.a.org.id,
      role: 'admin' as const,
      actor: { type: 'user' as const, id: m.userId, userId: m.userId },
    };
    const token = await createToken(ctx, { name: 'audit window', role: 'viewer' });
    expect((await t.call('GET', `/api/v1/orgs/${f.a.org.id}/risks`, { token: token.token })).status).toBe(
      200,
    );
    await t.database.db
      .update(tables.members)
      .set({ accessEndsAt: new Date(Date.now() - 1000) })
      .where(eq(tables.members.id, m.memberId));
    // SQL by hand is seen within AIMS_TOKEN_CACHE_SECONDS; the test skips the wait.
    forgetResolvedTokens();
    expect((await t.call('GET', `/api/v1/orgs/${f.a.org.id}/risks`, { token: token.token })).status).toBe(
      401,
    );
  });

  it('sets and clears an end date on a member, refusing one in the past', async () => {
    const m = await addMember(t.database.db, f.a.org.id, 'auditor');
    const url = `/api/v1/orgs/${f.a.org.id}/members/${m.memberId}`;
    const past = await t.call('PATCH', url, {
      token: f.tokens.admin,
      json: { role: 'auditor', accessEndsAt: '2020-01-01T00:00:00Z' },
    });
    expect(past.status).toBe(400);
    const ends = inAWeek();
    const set = await t.call('PATCH', url, {
      token: f.tokens.admin,
      json: { role: 'auditor', accessEndsAt: ends },
    });
    expect(MemberSchema.parse(await set.json()).accessEndsAt).toBe(ends);
    const cleared = await t.call('PATCH', url, {
      token: f.tokens.admin,
      json: { role: 'auditor', accessEndsAt: null },
    });
    expect(MemberSchema.parse(await cleared.json()).accessEndsAt).toBeNull();
  });

  it('creates a token expiring at an exact instant', async () => {
    const at = inAWeek();
    const res = await t.call('POST', `/api/v1/orgs/${f.a.org.id}/tokens`, {
      token: f.tokens.admin,
      json: { name: 'audit', role: 'auditor', expiresAt: at },
    });
    expect(res.status).toBe(201);
    expect((await res.json()).expiresAt).toBe(at);
  });
});
