import { OrgSetupSchema } from '@openaims/core';
import { describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

describe('guided set-up routes', () => {
  it('answers the steps, skips with If-Match (412 when stale), 422 on an early finish, 400 on an unknown step', async () => {
    const url = `/api/v1/orgs/${f.a.org.id}/setup`;
    const res = await t.call('GET', url, { token: f.tokens.viewer });
    expect(res.status).toBe(200);
    const s = OrgSetupSchema.parse(await res.json());
    expect(s.steps.map((x) => x.key)).toEqual([
      'profile',
      'scope',
      'risk_criteria',
      'ai_system',
      'soa',
      'invite',
    ]);
    const v = s.version;
    expect(res.headers.get('etag')).toBe(`"${v}"`);

    const skip = await t.call('PATCH', url, {
      token: f.tokens.manager,
      headers: { 'If-Match': `"${v}"` },
      json: { action: 'skip', step: 'scope' },
    });
    expect(skip.status).toBe(200);
    expect(skip.headers.get('etag')).toBe(`"${v + 1}"`);
    expect(OrgSetupSchema.parse(await skip.json()).steps[1]).toMatchObject({
      key: 'scope',
      status: 'skipped',
    });

    const stale = await t.call('PATCH', url, {
      token: f.tokens.manager,
      headers: { 'If-Match': `"${v}"` },
      json: { action: 'reopen', step: 'scope' },
    });
    expect(stale.status).toBe(412);
    const early = await t.call('PATCH', url, { token: f.tokens.manager, json: { action: 'finish' } });
    expect(early.status).toBe(422);
    expect((await early.json()).errors.length).toBeGreaterThan(0);
    expect(
      (await t.call('PATCH', url, { token: f.tokens.manager, json: { action: 'skip', step: 'lunch' } }))
        .status,
    ).toBe(400);
    expect(
      (await t.call('PATCH', url, { token: f.tokens.contributor, json: { action: 'dismiss' } })).status,
    ).toBe(403);
    // The SoA step's bulk decision takes an optional justification (§6.1.3 d), and refuses unknown fields.
    const decide = `/api/v1/orgs/${f.a.org.id}/soa/decide-remaining`;
    expect((await t.call('POST', decide, { token: f.tokens.manager, json: { reason: 'x' } })).status).toBe(
      400,
    );
    const decided = await t.call('POST', decide, {
      token: f.tokens.manager,
      json: { justification: 'Applicable: first pass' },
    });
    expect(decided.status).toBe(200);
    const after = OrgSetupSchema.parse(await (await t.call('GET', url, { token: f.tokens.viewer })).json());
    expect(after.steps.find((x) => x.key === 'soa')).toMatchObject({ status: 'done', done: true });
    const entry = await t.call('GET', `/api/v1/orgs/${f.a.org.id}/soa/A.5.2`, { token: f.tokens.viewer });
    expect((await entry.json()).justification).toBe('Applicable: first pass');
    expect((await t.call('POST', decide, { token: f.tokens.manager })).status).toBe(200);

    // Another organization's set-up is not there for this member.
    expect(
      (
        await t.call('PATCH', `/api/v1/orgs/${f.b.org.id}/setup`, {
          token: f.tokens.manager,
          json: { action: 'dismiss' },
        })
      ).status,
    ).toBe(404);
  });
});
