import { integer, text, timestamp } from 'drizzle-orm/pg-core';

/** `timestamptz` read and written as JS Dates. */
export const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Columns every versioned tenant entity has (DESIGN §4: id, createdAt, updatedAt, version). */
export const entityColumns = () => ({
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull(),
  createdAt: tstz('created_at').notNull(),
  updatedAt: tstz('updated_at').notNull(),
  version: integer('version').notNull().default(1),
});
