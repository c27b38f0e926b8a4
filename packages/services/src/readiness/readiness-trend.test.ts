import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDashboard } from '../dashboard/dashboard.service.ts';
import { buildContext } from '../testing/factories.ts';
import { readinessTrend, recordReadinessSnapshot } from './readiness-trend.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('readiness trend (dashboard, issue 16)', () => {
  it('keeps one reading a day, the latest winning, and lists the last 90 days oldest first', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const other = await buildContext(database.db, { role: 'manager' });
    await recordReadinessSnapshot(database.db, ctx.orgId, '2026-08-01', 10, { missing: 9 });
    await recordReadinessSnapshot(database.db, ctx.orgId, '2026-11-30', 20, { missing: 8 });
    await recordReadinessSnapshot(database.db, ctx.orgId, '2026-11-30', 25, { missing: 7 });
    await recordReadinessSnapshot(database.db, other.orgId, '2026-11-30', 99, { approved: 9 });
    expect(await readinessTrend(database.db, ctx.orgId, '2026-12-02')).toEqual([
      { date: '2026-11-30', score: 25 },
    ]);
    expect(await readinessTrend(database.db, ctx.orgId, '2026-12-02', 200)).toEqual([
      { date: '2026-08-01', score: 10 },
      { date: '2026-11-30', score: 25 },
    ]);
  });

  it("reading the dashboard records the day's score, and the trend carries it", async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const first = await getDashboard(ctx, new Date('2026-11-20T10:00:00Z'));
    expect(first.readiness.trend).toEqual([{ date: '2026-11-20', score: first.readiness.score }]);
    const again = await getDashboard(ctx, new Date('2026-11-20T18:00:00Z'));
    expect(again.readiness.trend).toHaveLength(1);
    const next = await getDashboard(ctx, new Date('2026-11-22T09:00:00Z'));
    expect(next.readiness.trend.map((p) => p.date)).toEqual(['2026-11-20', '2026-11-22']);
  });
});
