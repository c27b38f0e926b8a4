// Competence requirements (§7.2, EU AI Act Art. 4) and the training records that prove them.
import { boolean, date, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { entityColumns, sortIndexes, titleColumns, tstz } from './columns.ts';

export const competences = pgTable(
  'competences',
  {
    ...entityColumns(),
    role: text('role').notNull(),
    ...titleColumns(),
    aiLiteracy: boolean('ai_literacy').notNull().default(false),
    renewalMonths: integer('renewal_months'),
    archivedAt: tstz('archived_at'),
  },
  (t) => sortIndexes('competences', t, { title: t.title }),
);

export const trainings = pgTable(
  'trainings',
  {
    ...entityColumns(),
    competenceId: text('competence_id').notNull(),
    userId: text('user_id'),
    personName: text('person_name').notNull().default(''),
    activity: text('activity').notNull(),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    note: text('note').notNull().default(''),
  },
  (t) => [
    index('trainings_org_competence_idx').on(t.organizationId, t.competenceId),
    ...sortIndexes('trainings', t, { completed: t.completedOn, created: t.createdAt }),
  ],
);
