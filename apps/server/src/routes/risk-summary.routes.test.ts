import { cellCount, RiskSummarySchema } from '@openaims/core';
import { describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

const risks = (orgId: string, rest = '') => `/api/v1/orgs/${orgId}/risks${rest}`;

describe('risk summary', () => {
  it('counts every risk of the organization, beyond one page, and none of another', async () => {
    const summary = async (orgId: string, token: string) => {
      const res = await t.call('GET', risks(orgId, '/summary'), { token });
      expect(res.status).toBe(200);
      return RiskSummarySchema.parse(await res.json());
    };
    const before = await summary(f.a.org.id, f.tokens.viewer);
    const other = await summary(f.b.org.id, f.ownerB);
    // 120 risks: more than the default page, as the browser used to count.
    for (let i = 0; i < 120; i++) {
      const res = await t.call('POST', risks(f.a.org.id), {
        token: f.tokens.contributor,
        json: {
          title: `Drift ${i}`,
          likelihood: (i % 5) + 1,
          consequence: 4,
          ...(i % 2 === 0 ? { residualLikelihood: 1, residualConsequence: 2 } : {}),
        },
      });
      expect(res.status).toBe(201);
    }
    const after = await summary(f.a.org.id, f.tokens.viewer);
    expect(after.total - before.total).toBe(120);
    expect(cellCount(after.inherentCells, 1, 4) - cellCount(before.inherentCells, 1, 4)).toBe(24);
    expect(cellCount(after.residualCells, 1, 2) - cellCount(before.residualCells, 1, 2)).toBe(60);
    const sum = (xs: { count: number }[]) => xs.reduce((s, x) => s + x.count, 0);
    expect(sum(after.byLevel)).toBe(after.total);
    expect(sum(after.byStatus)).toBe(after.total);
    expect(sum(after.byAiSystem)).toBe(after.total);
    expect(sum(after.inherentCells)).toBe(after.total);
    expect((await summary(f.b.org.id, f.ownerB)).total).toBe(other.total);
  });

  it('answers 404 for an organization the caller is not a member of', async () => {
    const res = await t.call('GET', risks(f.b.org.id, '/summary'), { token: f.tokens.viewer });
    expect(res.status).toBe(404);
  });
});
