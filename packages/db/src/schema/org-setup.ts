// Guided set-up (issue 16): only what a person chose is stored — skipped steps, finishing or putting the guide
// away. Whether a step is done is read from the records of the other modules.
import { integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';
import { organizations } from './orgs.ts';

export const orgSetups = pgTable('org_setups', {
  organizationId: text('organization_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  skipped: jsonb('skipped').$type<string[]>().notNull().default([]),
  completedAt: tstz('completed_at'),
  dismissedAt: tstz('dismissed_at'),
  updatedAt: tstz('updated_at').notNull(),
  updatedBy: text('updated_by'),
  version: integer('version').notNull().default(1),
});
