// A person's API token lives only as long as that person could still make it (issue 12 item 1, SECURITY.md):
// removal, demotion, leaving and being disabled all end it; operator tokens (no creator) are unaffected.
import { ApiTokenSchema, pageSchema, type Role } from '@openaims/core';
import { tables } from '@openaims/db';
import { createToken, forgetResolvedTokens } from '@openaims/services';
import { addMember } from '@openaims/services/testing/factories';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

/** A member with `role` in org A and a token of `tokenRole` they made themselves. */
async function memberWithToken(role: Role, tokenRole: Role = role) {
  const m = await addMember(t.database.db, f.a.org.id, role);
  const ctx = {
    db: t.database.db,
    orgId: f.a.org.id,
    role,
    actor: { type: 'user' as const, id: m.userId, userId: m.userId },
  };
  const token = await createToken(ctx, { name: `made by ${role}`, role: tokenRole });
  return { ...m, token: token.token, tokenId: token.id };
}

const members = () => `/api/v1/orgs/${f.a.org.id}/members`;
const works = async (token: string) => (await t.call('GET', members(), { token })).status;

describe('token lifecycle', () => {
  it('a removed member’s token stops working at once and is shown revoked', async () => {
    const admin = await memberWithToken('admin');
    expect(await works(admin.token)).toBe(200);
    const del = await t.call('DELETE', `${members()}/${admin.memberId}`, { token: f.tokens.owner });
    expect(del.status).toBe(204);
    expect(await works(admin.token)).toBe(401);
    // Nor can it mint tokens or invite.
    const mint = await t.call('POST', `/api/v1/orgs/${f.a.org.id}/tokens`, {
      token: admin.token,
      json: { name: 'x', role: 'admin' },
    });
    expect(mint.status).toBe(401);
    const list = pageSchema(ApiTokenSchema).parse(
      await (
        await t.call('GET', `/api/v1/orgs/${f.a.org.id}/tokens?limit=500`, { token: f.tokens.owner })
      ).json(),
    );
    expect(list.items.find((x) => x.id === admin.tokenId)?.revokedAt).not.toBeNull();
  });

  it('a member lowered below what their token needs loses it; tokens the new role could make stay', async () => {
    const owner = await memberWithToken('owner');
    const ownersViewerToken = await createToken(
      {
        db: t.database.db,
        orgId: f.a.org.id,
        role: 'owner',
        actor: { type: 'user', id: owner.userId, userId: owner.userId },
      },
      { name: 'viewer by owner', role: 'viewer' },
    );
    const res = await t.call('PATCH', `${members()}/${owner.memberId}`, {
      token: f.tokens.owner,
      json: { role: 'admin' },
    });
    expect(res.status).toBe(200);
    expect(await works(owner.token)).toBe(401);
    expect(await works(ownersViewerToken.token)).toBe(200);

    const admin = await memberWithToken('admin', 'viewer');
    await t.call('PATCH', `${members()}/${admin.memberId}`, {
      token: f.tokens.owner,
      json: { role: 'contributor' },
    });
    // A contributor cannot manage tokens at all, so none of theirs survives.
    expect(await works(admin.token)).toBe(401);
  });

  it('a token dies when its creator leaves the organization or is disabled, however that happens', async () => {
    const left = await memberWithToken('admin');
    await t.database.db
      .delete(tables.members)
      .where(and(eq(tables.members.organizationId, f.a.org.id), eq(tables.members.id, left.memberId)));
    // SQL by hand (not through the services) is seen within AIMS_TOKEN_CACHE_SECONDS; the test skips the wait.
    forgetResolvedTokens();
    expect(await works(left.token)).toBe(401);

    const disabled = await memberWithToken('admin');
    await t.database.db
      .update(tables.users)
      .set({ disabledAt: new Date() })
      .where(eq(tables.users.id, disabled.userId));
    forgetResolvedTokens();
    expect(await works(disabled.token)).toBe(401);
  });

  it('trusts a resolved token for AIMS_TOKEN_CACHE_SECONDS: SQL by hand is seen after that (issue 17)', async () => {
    const admin = await memberWithToken('admin');
    expect(await works(admin.token)).toBe(200);
    await t.database.db
      .update(tables.apiTokens)
      .set({ revokedAt: new Date() })
      .where(eq(tables.apiTokens.id, admin.tokenId));
    // Still trusted by this process until the entry expires (5 s by default) …
    expect(await works(admin.token)).toBe(200);
    // … which forgetting stands in for.
    forgetResolvedTokens();
    expect(await works(admin.token)).toBe(401);
  });

  it('keeps operator tokens (no creator) working', async () => {
    expect(await works(f.tokens.viewer)).toBe(200);
  });
});

describe('revoking tokens above one’s rank', () => {
  it('refuses an admin revoking an owner-role token, but lets anyone revoke their own', async () => {
    const owner = await memberWithToken('owner');
    const admin = await memberWithToken('admin');
    const byAdmin = await t.call('DELETE', `/api/v1/orgs/${f.a.org.id}/tokens/${owner.tokenId}`, {
      token: admin.token,
    });
    expect(byAdmin.status).toBe(403);
    expect(await works(owner.token)).toBe(200);
    const own = await t.call('DELETE', `/api/v1/orgs/${f.a.org.id}/tokens/${admin.tokenId}`, {
      token: admin.token,
    });
    expect(own.status).toBe(204);
    const byOwner = await t.call('DELETE', `/api/v1/orgs/${f.a.org.id}/tokens/${owner.tokenId}`, {
      token: f.tokens.owner,
    });
    expect(byOwner.status).toBe(204);
  });
});
