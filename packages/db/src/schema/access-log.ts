// Reads by external auditors (issue 11 item 3): one row per successful GET, kept apart from the ledger because
// reads change nothing; the organization exports it (`access-log.csv`).
import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { tenantKeyColumns, tstz } from './columns.ts';

export const accessLog = pgTable(
  'access_log',
  {
    ...tenantKeyColumns(),
    at: tstz('at').notNull(),
    actorType: text('actor_type').notNull(),
    // The user id, or the token id for an API token (then `user_id` is the token's creator).
    actorId: text('actor_id').notNull(),
    userId: text('user_id'),
    role: text('role').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    status: integer('status').notNull(),
  },
  (t) => [
    index('access_log_org_idx').on(t.organizationId, t.id),
    index('access_log_org_user_idx').on(t.organizationId, t.userId, t.id),
  ],
);
