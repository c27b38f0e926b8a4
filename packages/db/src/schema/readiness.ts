// One readiness score per organization and day (issue 16, the dashboard's trend): a derived figure, not a
// record, so it is kept apart from the ledger; the last reading of a day stands for that day.
import { date, integer, jsonb, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';
import { organizationIdColumn } from './orgs.ts';

export const readinessSnapshots = pgTable(
  'readiness_snapshots',
  {
    organizationId: organizationIdColumn(),
    day: date('day', { mode: 'string' }).notNull(),
    score: integer('score').notNull(),
    // How many readiness items stood at each status that day ({missing, draft, approved, stale}).
    byStatus: jsonb('by_status').$type<Record<string, number>>().notNull(),
    takenAt: tstz('taken_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.day] })],
);
