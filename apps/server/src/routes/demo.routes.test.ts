import { DashboardSchema, DemoOrganizationSchema, SearchResultSchema } from '@openaims/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionFrom, type TestApp, testApp } from '../testing/test-app.ts';

let t: TestApp;
let session: { cookie: string; csrf: string };
let firstOrgId: string;
beforeAll(async () => {
  t = await testApp();
  const setup = await t.call('POST', '/api/v1/setup', {
    json: {
      organizationName: 'Acme AI',
      name: 'Ada Admin',
      email: 'ada@example.test',
      password: 'correct horse battery staple',
    },
  });
  expect(setup.status, await setup.clone().text()).toBeLessThan(300);
  session = sessionFrom(setup);
  const orgs = await (await t.call('GET', '/api/v1/orgs', { cookie: session.cookie })).json();
  firstOrgId = orgs.items[0].id;
});
afterAll(async () => {
  await t?.close();
});

describe('demo organization over HTTP', () => {
  it('loads a demo organization for the signed-in person, separate from their other organization', async () => {
    const res = await t.call('POST', '/api/v1/demo-organizations', {
      cookie: session.cookie,
      headers: { 'x-csrf-token': session.csrf },
      json: { name: 'Demo Clinic' },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const { orgId } = DemoOrganizationSchema.parse(await res.json());
    expect(res.headers.get('location')).toBe(`/api/v1/orgs/${orgId}`);

    const d = DashboardSchema.parse(
      await (await t.call('GET', `/api/v1/orgs/${orgId}/dashboard`, { cookie: session.cookie })).json(),
    );
    expect(d.aiSystems.total).toBe(4);
    expect(d.risks.total).toBeGreaterThan(0);
    expect(d.recentChanges[0]?.actorName).toBe('Ada Admin');

    const q = encodeURIComponent('Patient triage assistant');
    const inDemo = SearchResultSchema.parse(
      await (await t.call('GET', `/api/v1/orgs/${orgId}/search?q=${q}`, { cookie: session.cookie })).json(),
    );
    expect(inDemo.items.some((i) => i.type === 'ai_system')).toBe(true);
    const inFirst = SearchResultSchema.parse(
      await (
        await t.call('GET', `/api/v1/orgs/${firstOrgId}/search?q=${q}`, { cookie: session.cookie })
      ).json(),
    );
    expect(inFirst.items).toEqual([]);
  }, 60_000);

  it('needs a signed-in person: 401 without, and refuses an empty name with 400', async () => {
    expect((await t.call('POST', '/api/v1/demo-organizations', { json: {} })).status).toBe(401);
    const bad = await t.call('POST', '/api/v1/demo-organizations', {
      cookie: session.cookie,
      headers: { 'x-csrf-token': session.csrf },
      json: { name: '' },
    });
    expect(bad.status).toBe(400);
  });
});
