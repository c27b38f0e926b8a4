import { type Database, tables } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDashboard } from '../dashboard/dashboard.service.ts';
import { buildContext } from '../testing/factories.ts';
import { keepReadingInTrend, readinessTrend, recordReadinessSnapshot } from './readiness-trend.ts';

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

  it('writes today’s reading only when it differs from the one kept, and answers the same trend either way', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const { readinessSnapshots } = tables;
    const takenAt = async () =>
      (
        await database.db
          .select({ at: readinessSnapshots.takenAt })
          .from(readinessSnapshots)
          .where(eq(readinessSnapshots.organizationId, ctx.orgId))
      ).map((r) => r.at.toISOString());
    const keep = (score: number, byStatus: Record<string, number>, at: string) =>
      keepReadingInTrend(database.db, ctx.orgId, { day: '2026-11-20', score, byStatus, at: new Date(at) });

    expect(await keep(40, { missing: 3, approved: 2 }, '2026-11-20T08:00:00Z')).toEqual([
      { date: '2026-11-20', score: 40 },
    ]);
    // The same reading again: nothing written (the first time it was taken stays).
    await keep(40, { approved: 2, missing: 3 }, '2026-11-20T09:00:00Z');
    expect(await takenAt()).toEqual(['2026-11-20T08:00:00.000Z']);
    // The same score with other counts, then another score: each is written, the latest winning.
    await keep(40, { missing: 2, approved: 3 }, '2026-11-20T10:00:00Z');
    expect(await takenAt()).toEqual(['2026-11-20T10:00:00.000Z']);
    expect(await keep(55, { missing: 2, approved: 3 }, '2026-11-20T11:00:00Z')).toEqual([
      { date: '2026-11-20', score: 55 },
    ]);
    expect(await takenAt()).toEqual(['2026-11-20T11:00:00.000Z']);
  });
});
