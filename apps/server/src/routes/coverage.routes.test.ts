import { CoverageSchema } from '@openaims/core';
import { describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

describe('crosswalk coverage', () => {
  it('starts with gaps and grows as clause work is implemented', async () => {
    const url = `/api/v1/orgs/${f.a.org.id}/coverage?framework=iso-iec-27001-2022`;
    const before = CoverageSchema.parse(await (await t.call('GET', url, { token: f.tokens.viewer })).json());
    expect(before.summary.covered).toBe(0);
    expect(before.items.find((i) => i.ref === '6.1.3')?.status).toBe('gap');

    const patched = await t.call('PATCH', `/api/v1/orgs/${f.a.org.id}/clauses/6.1.3`, {
      token: f.tokens.manager,
      json: { status: 'implemented' },
    });
    expect(patched.status).toBe(200);
    const after = CoverageSchema.parse(await (await t.call('GET', url, { token: f.tokens.viewer })).json());
    expect(after.items.find((i) => i.ref === '6.1.3')).toMatchObject({
      status: 'covered',
      via: [{ ref: '6.1.3', state: 'implemented', full: true }],
    });
    expect(after.summary.covered).toBe(1);
  });

  it('counts an implemented Annex A control towards the EU AI Act only as partial (intersecting mapping)', async () => {
    const url = `/api/v1/orgs/${f.a.org.id}/coverage?framework=eu-ai-act-2024`;
    const before = CoverageSchema.parse(await (await t.call('GET', url, { token: f.tokens.viewer })).json());
    const target = before.items.find((i) => i.via.some((v) => v.ref.startsWith('A.')))!;
    const control = target.via.find((v) => v.ref.startsWith('A.'))!.ref;
    const res = await t.call('PATCH', `/api/v1/orgs/${f.a.org.id}/soa/${control}`, {
      token: f.tokens.manager,
      json: { implementationStatus: 'implemented' },
    });
    expect(res.status).toBe(200);
    const after = CoverageSchema.parse(await (await t.call('GET', url, { token: f.tokens.viewer })).json());
    expect(after.items.find((i) => i.ref === target.ref)?.status).toBe('partial');
  });

  it('refuses an unknown framework and another organization', async () => {
    expect(
      (
        await t.call('GET', `/api/v1/orgs/${f.a.org.id}/coverage?framework=iso-iec-42001-2023`, {
          token: f.tokens.viewer,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await t.call('GET', `/api/v1/orgs/${f.b.org.id}/coverage?framework=eu-ai-act-2024`, {
          token: f.tokens.viewer,
        })
      ).status,
    ).toBe(404);
  });
});
