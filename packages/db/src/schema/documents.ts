// Controlled documents (§5.2, §7.5, A.2): documents, their versions (approved ones frozen, with a SHA-256 of the
// content) and members' acknowledgements of approved versions (§7.3).
import { date, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { byAtColumns, entityColumns, sortIndexes, tenantKeyColumns, tstz } from './columns.ts';

/** A controlled document; the `current_*` columns mirror its approved version so the list filters by index. */
export const documents = pgTable(
  'documents',
  {
    ...entityColumns(),
    title: text('title').notNull(),
    type: text('type').notNull(),
    description: text('description').notNull().default(''),
    ownerId: text('owner_id'),
    mandatoryKey: text('mandatory_key'),
    requirementRefs: jsonb('requirement_refs').$type<string[]>().notNull().default([]),
    reviewIntervalMonths: integer('review_interval_months').notNull().default(12),
    status: text('status').notNull().default('draft'),
    latestVersionNumber: integer('latest_version_number').notNull().default(0),
    currentVersionId: text('current_version_id'),
    currentVersionNumber: integer('current_version_number'),
    currentContentHash: text('current_content_hash'),
    ...byAtColumns('approved'),
    nextReviewDate: date('next_review_date', { mode: 'string' }),
  },
  (t) => [
    ...sortIndexes('documents', t, { title: t.title, created: t.createdAt, updated: t.updatedAt }),
    index('documents_org_review_idx').on(t.organizationId, t.nextReviewDate),
    // One document per item of mandatory documented information; NULL keys do not collide.
    uniqueIndex('documents_org_mandatory_uq').on(t.organizationId, t.mandatoryKey),
  ],
);

/** One version of a document; rows in `approved` or `superseded` are never rewritten except to supersede. */
export const documentVersions = pgTable(
  'document_versions',
  {
    ...entityColumns(),
    documentId: text('document_id').notNull(),
    number: integer('number').notNull(),
    status: text('status').notNull().default('draft'),
    content: text('content').notNull(),
    contentHash: text('content_hash').notNull(),
    changeNote: text('change_note').notNull().default(''),
    authoredBy: text('authored_by'),
    ...byAtColumns('submitted'),
    ...byAtColumns('approved'),
    ...byAtColumns('rejected'),
    rejectionNote: text('rejection_note').notNull().default(''),
    supersededAt: tstz('superseded_at'),
  },
  (t) => [uniqueIndex('document_versions_org_doc_number_uq').on(t.organizationId, t.documentId, t.number)],
);

/** A member's acknowledgement of one approved version; once per member and version. */
export const documentAcknowledgements = pgTable(
  'document_acknowledgements',
  {
    ...tenantKeyColumns(),
    documentId: text('document_id').notNull(),
    versionId: text('version_id').notNull(),
    versionNumber: integer('version_number').notNull(),
    userId: text('user_id').notNull(),
    acknowledgedAt: tstz('acknowledged_at').notNull(),
  },
  (t) => [
    uniqueIndex('document_acks_org_version_user_uq').on(t.organizationId, t.versionId, t.userId),
    index('document_acks_org_doc_idx').on(t.organizationId, t.documentId, t.acknowledgedAt),
  ],
);
