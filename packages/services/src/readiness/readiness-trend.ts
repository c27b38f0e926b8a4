// The readiness trend (issue 16, dashboard): the score is derived from the records, so it has no history of
// its own; each day's last reading is kept (one row per organization and day) and the dashboard plots them.
import type { ReadinessTrendPoint } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { asc, eq, gte, sql } from 'drizzle-orm';
import { inOrg } from '../common/in-org.ts';

const { readinessSnapshots } = tables;

/** How far back the dashboard's trend reaches. */
export const READINESS_TREND_DAYS = 90;

/** Keeps today's reading (the latest of the day wins); safe under concurrent readers (one upsert). */
export async function recordReadinessSnapshot(
  db: Db,
  orgId: string,
  day: string,
  score: number,
  byStatus: Record<string, number>,
  at: Date = new Date(),
): Promise<void> {
  await db
    .insert(readinessSnapshots)
    .values({ organizationId: orgId, day, score, byStatus, takenAt: at })
    .onConflictDoUpdate({
      target: [readinessSnapshots.organizationId, readinessSnapshots.day],
      set: { score, byStatus, takenAt: at },
    });
}

/** The readings of the last `days` days up to `today`, oldest first. */
export async function readinessTrend(
  db: Db,
  orgId: string,
  today: string,
  days = READINESS_TREND_DAYS,
): Promise<ReadinessTrendPoint[]> {
  const rows = await db
    .select({ day: readinessSnapshots.day, score: readinessSnapshots.score })
    .from(readinessSnapshots)
    .where(
      inOrg(readinessSnapshots, orgId, gte(readinessSnapshots.day, sql`(${today}::date - ${days - 1}::int)`)),
    )
    .orderBy(asc(readinessSnapshots.day));
  return rows.map((r) => ({ date: r.day, score: r.score }));
}

/**
 * Today's reading kept and the trend answered with it, writing only when the reading differs from the one kept for
 * today: a visit to the dashboard is then a read, not a write (issue 17), and the trend is the same either way.
 */
export async function keepReadingInTrend(
  db: Db,
  orgId: string,
  reading: { day: string; score: number; byStatus: Record<string, number>; at: Date },
): Promise<ReadinessTrendPoint[]> {
  const { day, score, byStatus } = reading;
  const [kept] = await db
    .select({ score: readinessSnapshots.score, byStatus: readinessSnapshots.byStatus })
    .from(readinessSnapshots)
    .where(inOrg(readinessSnapshots, orgId, eq(readinessSnapshots.day, day)));
  if (!kept || kept.score !== score || !sameCounts(kept.byStatus as Record<string, number>, byStatus))
    await recordReadinessSnapshot(db, orgId, day, score, byStatus, reading.at);
  return readinessTrend(db, orgId, day);
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(b);
  return Object.keys(a).length === keys.length && keys.every((k) => a[k] === b[k]);
}
