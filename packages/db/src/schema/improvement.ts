// Improvement (§10.2, A.8.4, EU AI Act Art. 73): nonconformities, their corrective actions, and AI incidents.
import { boolean, date, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { byAtColumns, entityColumns, sortIndexes, titleColumns, tstz } from './columns.ts';

export const nonconformities = pgTable(
  'nonconformities',
  {
    ...entityColumns(),
    ...titleColumns(),
    source: text('source').notNull(),
    sourceRef: text('source_ref'),
    severity: text('severity').notNull(),
    requirementRefs: jsonb('requirement_refs').$type<string[]>().notNull().default([]),
    detectedOn: date('detected_on', { mode: 'string' }).notNull(),
    ownerId: text('owner_id'),
    correction: text('correction').notNull().default(''),
    rootCause: text('root_cause').notNull().default(''),
    status: text('status').notNull().default('open'),
    ...byAtColumns('closed'),
  },
  (t) => [
    ...sortIndexes('nonconformities', t, { detected: t.detectedOn, created: t.createdAt }),
    index('nonconformities_org_status_idx').on(t.organizationId, t.status),
  ],
);

export const correctiveActions = pgTable(
  'corrective_actions',
  {
    ...entityColumns(),
    nonconformityId: text('nonconformity_id').notNull(),
    description: text('description').notNull(),
    ownerId: text('owner_id'),
    dueDate: date('due_date', { mode: 'string' }),
    status: text('status').notNull().default('open'),
    completedAt: tstz('completed_at'),
    effective: boolean('effective'),
    effectivenessNote: text('effectiveness_note').notNull().default(''),
    ...byAtColumns('checked'),
  },
  (t) => [index('corrective_actions_org_nc_idx').on(t.organizationId, t.nonconformityId, t.createdAt)],
);

export const incidents = pgTable(
  'incidents',
  {
    ...entityColumns(),
    ...titleColumns(),
    aiSystemId: text('ai_system_id'),
    occurredAt: date('occurred_at', { mode: 'string' }).notNull(),
    awareOn: date('aware_on', { mode: 'string' }).notNull(),
    severity: text('severity').notNull(),
    seriousCategories: jsonb('serious_categories').$type<string[]>().notNull().default([]),
    widespread: boolean('widespread').notNull().default(false),
    reportingDeadline: date('reporting_deadline', { mode: 'string' }),
    reportedOn: date('reported_on', { mode: 'string' }),
    authority: text('authority').notNull().default(''),
    informed: text('informed').notNull().default(''),
    nonconformityId: text('nonconformity_id'),
    status: text('status').notNull().default('open'),
  },
  (t) => [...sortIndexes('incidents', t, { aware: t.awareOn, created: t.createdAt })],
);
