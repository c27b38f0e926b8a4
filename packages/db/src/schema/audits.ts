// Internal audit (§9.2): the audit programme, audits, their checklists and findings. The management review
// (§9.3.2 "audit results") reads audits.status / audits.completed_at and findings.kind / findings.status.
import { date, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { entityColumns, sortIndexes, titleColumns, tstz } from './columns.ts';

export const auditProgrammes = pgTable(
  'audit_programmes',
  {
    ...entityColumns(),
    title: text('title').notNull(),
    objectives: text('objectives').notNull().default(''),
    startYear: integer('start_year').notNull(),
    /** [{year, stages, plannedAudits, note}] — the certification cycle year by year. */
    years: jsonb('years')
      .$type<{ year: number; stages: string[]; plannedAudits: number; note: string }[]>()
      .notNull()
      .default([]),
    status: text('status').notNull().default('active'),
  },
  (t) => [index('audit_programmes_org_idx').on(t.organizationId, t.startYear)],
);

export interface AuditScopeColumn {
  clauses: string[];
  controls: string[];
  allApplicableControls: boolean;
  aiSystemIds: string[];
  documentIds: string[];
  processes: string[];
}

export const audits = pgTable(
  'audits',
  {
    ...entityColumns(),
    programmeId: text('programme_id'),
    year: integer('year'),
    stage: text('stage').notNull().default('internal'),
    title: text('title').notNull(),
    scope: jsonb('scope').$type<AuditScopeColumn>().notNull(),
    criteria: text('criteria').notNull().default(''),
    plannedStart: date('planned_start', { mode: 'string' }),
    plannedEnd: date('planned_end', { mode: 'string' }),
    leadId: text('lead_id'),
    teamIds: jsonb('team_ids').$type<string[]>().notNull().default([]),
    /** 'planned' | 'in_progress' | 'completed' | 'cancelled'. */
    status: text('status').notNull().default('planned'),
    sampleSize: integer('sample_size').notNull().default(3),
    sampleSeed: integer('sample_seed'),
    sample: jsonb('sample').$type<string[]>().notNull().default([]),
    conclusion: text('conclusion').notNull().default(''),
    startedAt: tstz('started_at'),
    completedAt: tstz('completed_at'),
  },
  (t) => [
    ...sortIndexes('audits', t, { start: t.plannedStart, created: t.createdAt }),
    index('audits_org_status_idx').on(t.organizationId, t.status),
    index('audits_org_programme_idx').on(t.organizationId, t.programmeId),
  ],
);

export const auditChecklistItems = pgTable(
  'audit_checklist_items',
  {
    ...entityColumns(),
    auditId: text('audit_id').notNull(),
    position: integer('position').notNull(),
    /** 'clause' | 'control' | 'ai_system'. */
    kind: text('kind').notNull(),
    ref: text('ref').notNull(),
    title: text('title').notNull(),
    /** Null until answered: 'conforming' | 'nonconforming' | 'observation' | 'not_applicable'. */
    result: text('result'),
    notes: text('notes').notNull().default(''),
    evidenceIds: jsonb('evidence_ids').$type<string[]>().notNull().default([]),
  },
  (t) => [uniqueIndex('audit_checklist_items_audit_pos_uq').on(t.organizationId, t.auditId, t.position)],
);

export const findings = pgTable(
  'findings',
  {
    ...entityColumns(),
    auditId: text('audit_id').notNull(),
    checklistItemId: text('checklist_item_id'),
    /** 'major_nc' | 'minor_nc' | 'observation' | 'opportunity'. */
    kind: text('kind').notNull(),
    ...titleColumns(),
    requirementRefs: jsonb('requirement_refs').$type<string[]>().notNull().default([]),
    evidenceIds: jsonb('evidence_ids').$type<string[]>().notNull().default([]),
    /** 'open' | 'nc_raised' | 'closed'. */
    status: text('status').notNull().default('open'),
    nonconformityId: text('nonconformity_id'),
    origin: text('origin').notNull().default('internal'),
    externalId: text('external_id'),
  },
  (t) => [
    index('findings_org_audit_idx').on(t.organizationId, t.auditId, t.createdAt),
    index('findings_org_status_idx').on(t.organizationId, t.status),
    uniqueIndex('findings_org_audit_external_uq').on(t.organizationId, t.auditId, t.externalId),
  ],
);
