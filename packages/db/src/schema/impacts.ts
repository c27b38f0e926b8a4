// AI system impact assessments (§6.1.4, §8.4, A.5; ISO/IEC 42005, EU AI Act Art. 27 FRIA).
import { date, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { byAtColumns, entityColumns, sortIndexes } from './columns.ts';

/** AI system impact assessments, one row per version; approved rows are frozen. */
export const impactAssessments = pgTable(
  'impact_assessments',
  {
    ...entityColumns(),
    aiSystemId: text('ai_system_id').notNull(),
    aiSystemVersion: integer('ai_system_version').notNull(),
    title: text('title').notNull(),
    template: text('template').notNull(),
    number: integer('number').notNull(),
    status: text('status').notNull().default('draft'),
    content: jsonb('content').notNull(),
    nextReviewDate: date('next_review_date', { mode: 'string' }),
    ...byAtColumns('submitted'),
    ...byAtColumns('approved'),
  },
  (t) => [
    uniqueIndex('impact_assessments_org_system_number_uq').on(t.organizationId, t.aiSystemId, t.number),
    ...sortIndexes('impact_assessments', t, { created: t.createdAt, title: t.title }),
  ],
);
