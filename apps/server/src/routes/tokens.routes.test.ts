import { ApiTokenSchema, CreatedApiTokenSchema, MemberSchema, pageSchema } from '@openaims/core';
import { describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

describe('API tokens', () => {
  it('shows the secret once, stores it hashed, records last use, and stops working when revoked', async () => {
    const base = `/api/v1/orgs/${f.a.org.id}/tokens`;
    const res = await t.call('POST', base, {
      token: f.tokens.admin,
      json: { name: 'Nightly pipeline', role: 'contributor' },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const created = CreatedApiTokenSchema.parse(await res.json());
    expect(created.token).toMatch(/^aims_/);
    const listed = pageSchema(ApiTokenSchema).parse(
      await (await t.call('GET', `${base}?q=Nightly%20pipeline`, { token: f.tokens.admin })).json(),
    );
    expect(listed.items).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect(listed.items[0]!.lastUsedAt).toBeNull();

    const me = await (await t.call('GET', '/api/v1/me', { token: created.token })).json();
    expect(me.token).toMatchObject({ id: created.id, organizationId: f.a.org.id, role: 'contributor' });
    const used = pageSchema(ApiTokenSchema).parse(
      await (await t.call('GET', `${base}?q=Nightly%20pipeline`, { token: f.tokens.admin })).json(),
    );
    expect(used.items[0]!.lastUsedAt).not.toBeNull();

    expect((await t.call('DELETE', `${base}/${created.id}`, { token: f.tokens.admin })).status).toBe(204);
    expect((await t.call('GET', '/api/v1/me', { token: created.token })).status).toBe(401);
  });

  it('refuses a token with a role above the creator', async () => {
    const res = await t.call('POST', `/api/v1/orgs/${f.a.org.id}/tokens`, {
      token: f.tokens.admin,
      json: { name: 'escalate', role: 'owner' },
    });
    expect(res.status).toBe(403);
  });

  it('keeps the last owner and refuses escalation by admins', async () => {
    const members = pageSchema(MemberSchema).parse(
      await (await t.call('GET', `/api/v1/orgs/${f.b.org.id}/members`, { token: f.ownerB })).json(),
    );
    const owner = members.items.find((m) => m.role === 'owner')!;
    const demote = await t.call('PATCH', `/api/v1/orgs/${f.b.org.id}/members/${owner.id}`, {
      token: f.ownerB,
      json: { role: 'viewer' },
    });
    expect(demote.status).toBe(422);
    const inA = pageSchema(MemberSchema).parse(
      await (await t.call('GET', `/api/v1/orgs/${f.a.org.id}/members`, { token: f.tokens.admin })).json(),
    );
    const ownerA = inA.items.find((m) => m.role === 'owner')!;
    expect(
      (
        await t.call('PATCH', `/api/v1/orgs/${f.a.org.id}/members/${ownerA.id}`, {
          token: f.tokens.admin,
          json: { role: 'viewer' },
        })
      ).status,
    ).toBe(403);
    expect(
      (await t.call('DELETE', `/api/v1/orgs/${f.a.org.id}/members/${ownerA.id}`, { token: f.tokens.admin }))
        .status,
    ).toBe(403);
  });
});
