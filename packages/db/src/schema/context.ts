// Context of the organization (§4.1, §4.2): issues and interested parties in one register, and one profile row
// per organization for the roles it holds toward AI systems.
import { date, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { entityColumns, tstz } from './columns.ts';

export const contextItems = pgTable(
  'context_items',
  {
    ...entityColumns(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
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
    index('context_items_org_title_idx').on(t.organizationId, t.title, t.id),
    index('context_items_org_kind_idx').on(t.organizationId, t.kind, t.id),
    index('context_items_org_created_idx').on(t.organizationId, t.createdAt, t.id),
    index('context_items_org_updated_idx').on(t.organizationId, t.updatedAt, t.id),
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
