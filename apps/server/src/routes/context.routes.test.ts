import { ContextItemSchema, ContextProfileSchema } from '@openaims/core';
import { describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

describe('context routes', () => {
  it('creates a party, answers 422 for an unexplained unaddressed requirement and 412 for a stale If-Match', async () => {
    const url = `/api/v1/orgs/${f.a.org.id}/context`;
    const res = await t.call('POST', url, {
      token: f.tokens.contributor,
      json: { kind: 'interested_party', title: 'Customers', category: 'contractual' },
    });
    expect(res.status).toBe(201);
    const party = ContextItemSchema.parse(await res.json());
    expect(res.headers.get('location')).toBe(`${url}/${party.id}`);

    const bad = await t.call('PATCH', `${url}/${party.id}`, {
      token: f.tokens.contributor,
      json: { requirements: [{ text: 'Model cards on request', addressedByAims: false }] },
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors[0].path).toBe('requirements.0.note');

    const ok = await t.call('PATCH', `${url}/${party.id}`, {
      token: f.tokens.contributor,
      headers: { 'If-Match': '"1"' },
      json: { requirements: [{ text: 'Model cards on request', addressedByAims: true }] },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    const stale = await t.call('PATCH', `${url}/${party.id}`, {
      token: f.tokens.contributor,
      headers: { 'If-Match': '"1"' },
      json: { title: 'Clients' },
    });
    expect(stale.status).toBe(412);

    const list = await t.call('GET', `${url}?kind=interested_party&q=cust`, { token: f.tokens.viewer });
    expect((await list.json()).items.map((i: { id: string }) => i.id)).toEqual([party.id]);
    expect(
      (await t.call('GET', `/api/v1/orgs/${f.b.org.id}/context/${party.id}`, { token: f.ownerB })).status,
    ).toBe(404);
  });

  it('sets the AI roles profile and refuses unknown roles with 400', async () => {
    const url = `/api/v1/orgs/${f.a.org.id}/context-profile`;
    expect(
      (await t.call('PATCH', url, { token: f.tokens.manager, json: { isoRoles: ['ai_wizard'] } })).status,
    ).toBe(400);
    const res = await t.call('PATCH', url, {
      token: f.tokens.manager,
      json: { isoRoles: ['ai_provider'], operatorRoles: ['provider'] },
    });
    expect(res.status).toBe(200);
    const got = ContextProfileSchema.parse(
      await (await t.call('GET', url, { token: f.tokens.auditor })).json(),
    );
    expect(got).toMatchObject({ isoRoles: ['ai_provider'], operatorRoles: ['provider'], version: 1 });
  });
});
