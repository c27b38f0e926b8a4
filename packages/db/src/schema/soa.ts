// Statement of Applicability (§6.1.3), its frozen versions, the clause tracker (§4–§10), imported licensed
// control text, and the generic link table that ties records of any module together in both directions.
import { boolean, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { entityColumns, tstz } from './columns.ts';

/** One row per Annex A control per organization. */
export const soaEntries = pgTable(
  'soa_entries',
  {
    ...entityColumns(),
    controlRef: text('control_ref').notNull(),
    applicable: boolean('applicable').notNull().default(true),
    justification: text('justification').notNull().default(''),
    implementationStatus: text('implementation_status').notNull().default('not_started'),
    ownerId: text('owner_id'),
  },
  (t) => [uniqueIndex('soa_entries_org_control_uq').on(t.organizationId, t.controlRef)],
);

/** Submitted and approved SoA versions. `content` is the canonical JSON snapshot, never rewritten. */
export const soaVersions = pgTable(
  'soa_versions',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id').notNull(),
    number: integer('number').notNull(),
    status: text('status').notNull(),
    note: text('note').notNull().default(''),
    content: text('content').notNull(),
    contentHash: text('content_hash').notNull(),
    submittedBy: text('submitted_by'),
    submittedAt: tstz('submitted_at').notNull(),
    approvedBy: text('approved_by'),
    approvedAt: tstz('approved_at'),
  },
  (t) => [uniqueIndex('soa_versions_org_number_uq').on(t.organizationId, t.number)],
);

/** One row per tracked clause (4.1–10.2) per organization. */
export const clauseStatuses = pgTable(
  'clause_statuses',
  {
    ...entityColumns(),
    clauseRef: text('clause_ref').notNull(),
    status: text('status').notNull().default('not_started'),
    ownerId: text('owner_id'),
    notes: text('notes').notNull().default(''),
  },
  (t) => [uniqueIndex('clause_statuses_org_clause_uq').on(t.organizationId, t.clauseRef)],
);

/** Licensed full text of a control, imported by the organization from its own OSCAL catalog. */
export const controlTexts = pgTable(
  'control_texts',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id').notNull(),
    controlRef: text('control_ref').notNull(),
    text: text('text').notNull(),
    source: text('source').notNull(),
    importedAt: tstz('imported_at').notNull(),
    importedBy: text('imported_by'),
  },
  (t) => [uniqueIndex('control_texts_org_control_uq').on(t.organizationId, t.controlRef)],
);

/**
 * A link between two records of any modules (e.g. control A.6.2.4 ↔ risk_…). Stored once; read from either
 * side, so a risk module that writes (risk → control) and the SoA that writes (control → risk) agree.
 * `relation` names the kind of link where two records can be linked in more than one way (a model trained on
 * and tested on the same dataset); plain links are `related`.
 */
export const entityLinks = pgTable(
  'entity_links',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id').notNull(),
    fromType: text('from_type').notNull(),
    fromId: text('from_id').notNull(),
    toType: text('to_type').notNull(),
    toId: text('to_id').notNull(),
    relation: text('relation').notNull().default('related'),
    createdAt: tstz('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (t) => [
    uniqueIndex('entity_links_uq').on(t.organizationId, t.fromType, t.fromId, t.toType, t.toId, t.relation),
    index('entity_links_to_idx').on(t.organizationId, t.toType, t.toId),
  ],
);
