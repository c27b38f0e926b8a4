import { RiskCriteriaSchema } from '@openaims/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

const url = (orgId: string, rest = '') => `/api/v1/orgs/${orgId}/risk-criteria${rest}`;
const criteria = (appetite: number) => ({
  likelihoodLabels: ['Rare', 'Possible', 'Likely', 'Frequent'],
  consequenceLabels: ['Minor', 'Moderate', 'Major', 'Severe'],
  bands: [
    { key: 'low', label: 'Low', minScore: 1, color: '#2e7d32' },
    { key: 'high', label: 'High', minScore: 6, color: '#c62828' },
  ],
  appetite,
});

describe('risk criteria routes', () => {
  it('gives concurrent PUTs distinct versions: no 5xx, one new version per success (§6.1.1)', async () => {
    const before = z
      .object({ items: z.array(RiskCriteriaSchema) })
      .parse(
        await (await t.call('GET', url(f.a.org.id, '/versions'), { token: f.tokens.viewer })).json(),
      ).items;
    const n = 8;
    const responses = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        t.call('PUT', url(f.a.org.id), { token: f.tokens.manager, json: criteria(i + 1) }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(
      statuses.every((s) => s === 200 || s === 409),
      statuses.join(','),
    ).toBe(true);
    for (const r of responses.filter((x) => x.status === 409))
      expect(r.headers.get('content-type')).toContain('application/problem+json');
    const ok = await Promise.all(
      responses.filter((r) => r.status === 200).map(async (r) => RiskCriteriaSchema.parse(await r.json())),
    );
    expect(ok.length).toBeGreaterThan(0);
    const numbers = ok.map((c) => c.number).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(ok.length);
    const after = z
      .object({ items: z.array(RiskCriteriaSchema) })
      .parse(
        await (await t.call('GET', url(f.a.org.id, '/versions'), { token: f.tokens.viewer })).json(),
      ).items;
    expect(after.length).toBe(before.length + ok.length);
    expect(after.map((c) => c.number)).toEqual(after.map((_, i) => after.length - i));
    // Every success is stored exactly as answered.
    for (const c of ok)
      expect(after.find((v) => v.id === c.id)).toMatchObject({ number: c.number, appetite: c.appetite });
  });

  it('refuses criteria that do not hold together with 422 and field paths, and stores nothing', async () => {
    const before = (await (await t.call('GET', url(f.b.org.id), { token: f.ownerB })).json()).number;
    const res = await t.call('PUT', url(f.b.org.id), {
      token: f.ownerB,
      json: {
        ...criteria(4),
        bands: [
          { key: 'low', label: 'Low', minScore: 2, color: '#2e7d32' },
          { key: 'high', label: 'High', minScore: 30, color: '#c62828' },
        ],
      },
    });
    expect(res.status).toBe(422);
    const problem = await res.json();
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['bands.0.minScore', 'bands.1.minScore']),
    );
    expect((await (await t.call('GET', url(f.b.org.id), { token: f.ownerB })).json()).number).toBe(before);
  });

  it('lets a contributor read but not change the criteria', async () => {
    expect((await t.call('GET', url(f.a.org.id), { token: f.tokens.contributor })).status).toBe(200);
    expect(
      (await t.call('PUT', url(f.a.org.id), { token: f.tokens.contributor, json: criteria(3) })).status,
    ).toBe(403);
  });
});
