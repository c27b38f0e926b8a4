// The web app's language is remembered per person on the server (issue 16, Build item 6): PATCH /me.
import { CreatedApiTokenSchema, MeSchema, SetupResultSchema } from '@openaims/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionFrom, type TestApp, testApp } from '../testing/test-app.ts';

let t: TestApp;
let orgId: string;
let session: { cookie: string; csrf: string };
const owner = {
  organizationName: 'Sprachen GmbH',
  name: 'Lena Locale',
  email: 'lena@example.test',
  password: 'correct horse battery',
};
beforeAll(async () => {
  t = await testApp();
  const res = await t.call('POST', '/api/v1/setup', { json: owner });
  orgId = SetupResultSchema.parse(await res.json()).organizationId;
  session = sessionFrom(res);
});
afterAll(async () => {
  await t?.close();
});

const me = async (cookie: string) =>
  MeSchema.parse(await (await t.call('GET', '/api/v1/me', { cookie })).json());
const patch = (json: unknown, s = session) =>
  t.call('PATCH', '/api/v1/me', { cookie: s.cookie, headers: { 'x-csrf-token': s.csrf }, json });

describe('PATCH /api/v1/me (the language choice)', () => {
  it('is null until chosen', async () => {
    expect((await me(session.cookie)).locale).toBeNull();
  });

  it('stores the choice and answers the new Me', async () => {
    const res = await patch({ locale: 'de' });
    expect(res.status).toBe(200);
    expect(MeSchema.parse(await res.json()).locale).toBe('de');
    expect((await me(session.cookie)).locale).toBe('de');
  });

  it('remembers it in a new session (per person, on the server)', async () => {
    const login = await t.call('POST', '/api/v1/auth/login', {
      json: { email: owner.email, password: owner.password },
    });
    expect(MeSchema.parse(await login.json()).locale).toBe('de');
    expect((await me(sessionFrom(login).cookie)).locale).toBe('de');
  });

  it('refuses an unknown language or extra field with 400 and keeps the choice', async () => {
    for (const body of [{ locale: 'xx' }, { locale: 'de', name: 'Mallory' }, {}]) {
      const res = await patch(body);
      expect(res.status).toBe(400);
      expect((await res.json()).code).toBe('VALIDATION_FAILED');
    }
    expect((await me(session.cookie)).locale).toBe('de');
  });

  it('forgets the choice with null', async () => {
    expect((await patch({ locale: null })).status).toBe(200);
    expect((await me(session.cookie)).locale).toBeNull();
  });

  it('needs the CSRF token, a session and a person (not an API token)', async () => {
    const noCsrf = await t.call('PATCH', '/api/v1/me', { cookie: session.cookie, json: { locale: 'fr' } });
    expect(noCsrf.status).toBe(403);
    expect((await t.call('PATCH', '/api/v1/me', { json: { locale: 'fr' } })).status).toBe(401);
    const created = await t.call('POST', `/api/v1/orgs/${orgId}/tokens`, {
      cookie: session.cookie,
      headers: { 'x-csrf-token': session.csrf },
      json: { name: 'CI', role: 'admin' },
    });
    const { token: secret } = CreatedApiTokenSchema.parse(await created.json());
    const byToken = await t.call('PATCH', '/api/v1/me', { token: secret, json: { locale: 'fr' } });
    expect(byToken.status).toBe(403);
    expect((await me(session.cookie)).locale).toBeNull();
  });
});
