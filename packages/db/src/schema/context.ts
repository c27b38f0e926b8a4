// Context of the organization (§4.1, §4.2): issues and interested parties in one register, and one profile row
// per organization for the roles it holds toward AI systems.
import { date, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { entityColumns, sortIndexes, titleColumns, tstz } from './columns.ts';

export const contextItems = pgTable(
  'context_items',
  {
    ...entityColumns(),
    kind: text('kind').notNull(),
    ...titleColumns(),
    category: text('category').notNull().default('other'),
    effect: text('effect'),
    requirements: jsonb('requirements')
      .$type<{ text: string; addressedByAims: boolean; note: string }[]>()
      .notNull()
      .default([]),
    ownerId: text('owner_id'),
    reviewDate: date('review_date', { mode: 'string' }),
    archivedAt: tstz('archived_at'),
  },
  (t) => [
    ...sortIndexes('context_items', t, {
      title: t.title,
      kind: t.kind,
      created: t.createdAt,
      updated: t.updatedAt,
    }),
  ],
);

export const contextProfiles = pgTable('context_profiles', {
  organizationId: text('organization_id').primaryKey(),
  isoRoles: jsonb('iso_roles').$type<string[]>().notNull().default([]),
  operatorRoles: jsonb('operator_roles').$type<string[]>().notNull().default([]),
  rolesNote: text('roles_note').notNull().default(''),
  updatedAt: tstz('updated_at').notNull(),
  version: integer('version').notNull().default(1),
});
