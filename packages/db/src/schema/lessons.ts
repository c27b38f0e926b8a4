// External lessons (§6.1.2, §10.2): incidents from outside registers (the AI Incident Database), one row per
// incident per organization, so a re-import updates instead of duplicating.
import { jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { entityColumns, sortIndexes } from './columns.ts';

export const externalLessons = pgTable(
  'external_lessons',
  {
    ...entityColumns(),
    source: text('source').notNull(),
    externalId: text('external_id').notNull(),
    title: text('title').notNull(),
    date: text('date'),
    description: text('description').notNull().default(''),
    url: text('url'),
    attributes: jsonb('attributes').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    uniqueIndex('external_lessons_org_source_ext_uq').on(t.organizationId, t.source, t.externalId),
    ...sortIndexes('external_lessons', t, { title: t.title, created: t.createdAt }),
  ],
);
