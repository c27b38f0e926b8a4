// AI risk management (§6.1.1–6.1.3, §8.2, §8.3): versioned risk criteria, the risk register and the threat
// catalogue. Links to controls go through `entity_links`.
import { boolean, date, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { byAtColumns, entityColumns, sortIndexes, tenantKeyColumns, titleColumns, tstz } from './columns.ts';

/** One version of an organization's risk criteria; never rewritten, a change inserts the next number. */
export const riskCriteria = pgTable(
  'risk_criteria',
  {
    ...tenantKeyColumns(),
    number: integer('number').notNull(),
    likelihoodLabels: jsonb('likelihood_labels').$type<string[]>().notNull(),
    consequenceLabels: jsonb('consequence_labels').$type<string[]>().notNull(),
    bands: jsonb('bands')
      .$type<{ key: string; label: string; minScore: number; color: string }[]>()
      .notNull(),
    appetite: integer('appetite').notNull(),
    note: text('note').notNull().default(''),
    createdAt: tstz('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (t) => [uniqueIndex('risk_criteria_org_number_uq').on(t.organizationId, t.number)],
);

/** The risk register. Scores and levels are written by the service from the recorded criteria version. */
export const risks = pgTable(
  'risks',
  {
    ...entityColumns(),
    ...titleColumns(),
    aiSystemId: text('ai_system_id'),
    riskSource: text('risk_source'),
    affectedObjective: text('affected_objective'),
    threatIds: jsonb('threat_ids').$type<string[]>().notNull().default([]),
    ownerId: text('owner_id'),
    likelihood: integer('likelihood').notNull(),
    consequence: integer('consequence').notNull(),
    inherentScore: integer('inherent_score').notNull(),
    inherentLevel: text('inherent_level').notNull(),
    criteriaId: text('criteria_id').notNull(),
    criteriaVersion: integer('criteria_version').notNull(),
    treatmentOption: text('treatment_option'),
    ownControls: jsonb('own_controls').$type<string[]>().notNull().default([]),
    ...byAtColumns('treatmentApproved'),
    residualLikelihood: integer('residual_likelihood'),
    residualConsequence: integer('residual_consequence'),
    residualScore: integer('residual_score'),
    residualLevel: text('residual_level'),
    ...byAtColumns('accepted'),
    acceptanceNote: text('acceptance_note').notNull().default(''),
    reviewDate: date('review_date', { mode: 'string' }),
    status: text('status').notNull().default('open'),
    needsReassessment: boolean('needs_reassessment').notNull().default(false),
    reassessmentReason: text('reassessment_reason').notNull().default(''),
  },
  (t) => [
    // The register's sorts (score, last change) and an AI system's risks tab page by index, not by sort; the
    // reminder finders and the dashboard read the next reviews in review-date order (issue 17).
    ...sortIndexes('risks', t, {
      title: t.title,
      created: t.createdAt,
      score: t.inherentScore,
      updated: t.updatedAt,
      review: t.reviewDate,
    }),
    index('risks_org_system_idx').on(t.organizationId, t.aiSystemId, t.createdAt, t.id),
  ],
);

/** Threats the organization imported (e.g. MITRE ATLAS techniques), to pick from when identifying risks. */
export const threats = pgTable(
  'threats',
  {
    ...tenantKeyColumns(),
    source: text('source').notNull(),
    externalId: text('external_id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    tactics: jsonb('tactics').$type<string[]>().notNull().default([]),
    importedAt: tstz('imported_at').notNull(),
  },
  (t) => [uniqueIndex('threats_org_source_ext_uq').on(t.organizationId, t.source, t.externalId)],
);
