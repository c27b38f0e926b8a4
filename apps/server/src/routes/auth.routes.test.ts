import { MeSchema, SetupResultSchema } from '@openaims/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionFrom, type TestApp, testApp } from '../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

const admin = {
  organizationName: 'Acme AI',
  name: 'Ada Admin',
  email: 'ada@example.test',
  password: 'correct horse battery',
};

describe('first set-up and sign-in', () => {
  it('reports that set-up is needed on an empty instance', async () => {
    expect(await (await t.call('GET', '/api/v1/setup')).json()).toEqual({ needsSetup: true, oidc: false });
  });

  it('validates set-up input and creates nothing when it is bad', async () => {
    const res = await t.call('POST', '/api/v1/setup', {
      json: { ...admin, password: 'short', email: 'nope' },
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['email', 'password']);
    expect((await (await t.call('GET', '/api/v1/setup')).json()).needsSetup).toBe(true);
  });

  it('sets up once, signs the admin in, and refuses a second set-up', async () => {
    const res = await t.call('POST', '/api/v1/setup', { json: admin });
    expect(res.status).toBe(201);
    const { organizationId } = SetupResultSchema.parse(await res.json());
    expect(res.headers.get('location')).toBe(`/api/v1/orgs/${organizationId}`);
    const { cookie } = sessionFrom(res);
    const me = MeSchema.parse(await (await t.call('GET', '/api/v1/me', { cookie })).json());
    expect(me.user?.email).toBe(admin.email);
    expect(me.organizations).toMatchObject([{ id: organizationId, name: 'Acme AI', role: 'owner' }]);

    const again = await t.call('POST', '/api/v1/setup', {
      json: { ...admin, email: 'mallory@example.test' },
    });
    expect(again.status).toBe(409);
    expect((await (await t.call('GET', '/api/v1/setup')).json()).needsSetup).toBe(false);
  });

  it('answers 401 to anonymous calls on organization data', async () => {
    const orgs = await t.call('GET', '/api/v1/orgs');
    expect(orgs.status).toBe(401);
    expect(orgs.headers.get('content-type')).toBe('application/problem+json');
  });

  it('signs in with an HttpOnly, SameSite session cookie and signs out', async () => {
    const res = await t.call('POST', '/api/v1/auth/login', {
      json: { email: 'ADA@example.test', password: admin.password },
    });
    expect(res.status).toBe(200);
    const raw = res.headers.getSetCookie();
    expect(raw.find((c) => c.startsWith('aims_session='))).toMatch(/HttpOnly/);
    expect(raw.find((c) => c.startsWith('aims_session='))).toMatch(/SameSite=Lax/);
    const { cookie, csrf } = sessionFrom(res);
    expect((await t.call('GET', '/api/v1/me', { cookie })).status).toBe(200);
    const out = await t.call('POST', '/api/v1/auth/logout', { cookie, headers: { 'x-csrf-token': csrf } });
    expect(out.status).toBe(204);
    expect((await t.call('GET', '/api/v1/me', { cookie })).status).toBe(401);
  });

  it('requires the CSRF token on cookie-authenticated writes', async () => {
    const { cookie, csrf } = sessionFrom(
      await t.call('POST', '/api/v1/auth/login', { json: { email: admin.email, password: admin.password } }),
    );
    const without = await t.call('POST', '/api/v1/orgs', { cookie, json: { name: 'Second' } });
    expect(without.status).toBe(403);
    const wrong = await t.call('POST', '/api/v1/orgs', {
      cookie,
      json: { name: 'Second' },
      headers: { 'x-csrf-token': 'guess' },
    });
    expect(wrong.status).toBe(403);
    const ok = await t.call('POST', '/api/v1/orgs', {
      cookie,
      json: { name: 'Second' },
      headers: { 'x-csrf-token': csrf },
    });
    expect(ok.status).toBe(201);
    const orgs = await (await t.call('GET', '/api/v1/orgs', { cookie })).json();
    expect(orgs.items.map((o: { name: string }) => o.name)).toEqual(['Acme AI', 'Second']);
  });

  it('refuses cross-site sign-in attempts', async () => {
    const res = await t.call('POST', '/api/v1/auth/login', {
      json: { email: admin.email, password: admin.password },
      headers: { origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
  });

  it('answers a wrong password and an unknown email alike, then locks the account out', async () => {
    const wrong = await t.call('POST', '/api/v1/auth/login', {
      json: { email: admin.email, password: 'wrong password!' },
    });
    const unknown = await t.call('POST', '/api/v1/auth/login', {
      json: { email: 'ghost@example.test', password: 'wrong password!' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await wrong.json()).detail).toBe((await unknown.json()).detail);
    for (let i = 0; i < 4; i++)
      await t.call('POST', '/api/v1/auth/login', {
        json: { email: admin.email, password: 'wrong password!' },
      });
    const locked = await t.call('POST', '/api/v1/auth/login', {
      json: { email: admin.email, password: admin.password },
    });
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('900');
  });
});

describe('members of one organization', () => {
  it("get 404 for another organization's data", async () => {
    const t2 = await testApp();
    try {
      const a = sessionFrom(await t2.call('POST', '/api/v1/setup', { json: admin }));
      const other = await t2.call('POST', '/api/v1/orgs', {
        cookie: a.cookie,
        json: { name: 'Other' },
        headers: { 'x-csrf-token': a.csrf },
      });
      const otherId = (await other.json()).id as string;
      // Invite Bob to the first org only; Bob must not see "Other".
      const me = MeSchema.parse(await (await t2.call('GET', '/api/v1/me', { cookie: a.cookie })).json());
      const first = me.organizations.find((o) => o.name === 'Acme AI')!.id;
      const inv = await t2.call('POST', `/api/v1/orgs/${first}/invitations`, {
        cookie: a.cookie,
        headers: { 'x-csrf-token': a.csrf },
        json: { email: 'bob@example.test', role: 'manager' },
      });
      expect(inv.status).toBe(201);
      const { code } = await inv.json();
      const accepted = await t2.call('POST', '/api/v1/invitations/accept', {
        json: { code, name: 'Bob', password: 'bob password 123' },
      });
      expect(accepted.status).toBe(200);
      const bob = sessionFrom(accepted);
      expect((await t2.call('GET', `/api/v1/orgs/${first}/ai-systems`, { cookie: bob.cookie })).status).toBe(
        200,
      );
      expect(
        (await t2.call('GET', `/api/v1/orgs/${otherId}/ai-systems`, { cookie: bob.cookie })).status,
      ).toBe(404);
      expect((await t2.call('GET', `/api/v1/orgs/${otherId}`, { cookie: bob.cookie })).status).toBe(404);
      // The code works once.
      expect(
        (
          await t2.call('POST', '/api/v1/invitations/accept', {
            json: { code, name: 'Eve', password: 'eve password 123' },
          })
        ).status,
      ).toBe(404);
    } finally {
      await t2.close();
    }
  });
});
