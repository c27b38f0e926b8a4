// Statement of Applicability (§6.1.3), its frozen versions, the clause tracker (§4–§10) and imported licensed
// control text.
import { boolean, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { byAtColumns, entityColumns, tenantKeyColumns, tstz } from './columns.ts';

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
    ...tenantKeyColumns(),
    number: integer('number').notNull(),
    status: text('status').notNull(),
    note: text('note').notNull().default(''),
    content: text('content').notNull(),
    contentHash: text('content_hash').notNull(),
    submittedBy: text('submitted_by'),
    submittedAt: tstz('submitted_at').notNull(),
    ...byAtColumns('approved'),
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
    ...tenantKeyColumns(),
    controlRef: text('control_ref').notNull(),
    text: text('text').notNull(),
    source: text('source').notNull(),
    importedAt: tstz('imported_at').notNull(),
    importedBy: text('imported_by'),
  },
  (t) => [uniqueIndex('control_texts_org_control_uq').on(t.organizationId, t.controlRef)],
);

/**
 * The working SoA's content hash, kept current on write (issue 17): triggers on `soa_entries` and control links in
 * `entity_links` bump `revision` and clear `draft_hash` and `link_summary` in the writing transaction; the hash is
 * stored again by the SoA services in that transaction or by the next reader, guarded by `revision`.
 */
export const soaDraftState = pgTable('soa_draft_state', {
  organizationId: text('organization_id').primaryKey(),
  revision: integer('revision').notNull().default(0),
  draftHash: text('draft_hash'),
  catalogVersion: text('catalog_version'),
  /** Per control and link type: the count and first ids of linked records (JSON), cleared with the hash. */
  linkSummary: text('link_summary'),
  updatedAt: tstz('updated_at').notNull(),
});
