// Background jobs (ADR 0006): one table claimed with FOR UPDATE SKIP LOCKED, so several server processes on one
// PostgreSQL share the work and PGlite runs the same SQL. Done and dead jobs stay for inspection.
import { index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { byAtColumns, tstz } from './columns.ts';

/** A unit of background work: pending → running → done, or back to pending with backoff, or dead. */
export const jobs = pgTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    organizationId: text('organization_id'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    runAt: tstz('run_at').notNull(),
    ...byAtColumns('locked'),
    lastError: text('last_error'),
    idempotencyKey: text('idempotency_key'),
    createdAt: tstz('created_at').notNull(),
    updatedAt: tstz('updated_at').notNull(),
    finishedAt: tstz('finished_at'),
  },
  (t) => [
    index('jobs_due_idx').on(t.status, t.runAt),
    // A key names one piece of work forever (a reminder e-mail, a webhook delivery): enqueuing it twice is a no-op.
    // NULL keys do not collide.
    uniqueIndex('jobs_idempotency_uq').on(t.idempotencyKey),
  ],
);
