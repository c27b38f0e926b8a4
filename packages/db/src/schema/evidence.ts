// Evidence (§7.5.3, §9.1): metadata of stored files and links. File bytes live in the blob store, addressed by
// their SHA-256; links to controls, clauses, risks and AI systems go through `entity_links`.
import { bigint, date, index, pgTable, text } from 'drizzle-orm/pg-core';
import { entityColumns, tstz } from './columns.ts';

/** One evidence record per upload or link; archived records are kept (retention), never deleted. */
export const evidence = pgTable(
  'evidence',
  {
    ...entityColumns(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    evidenceDate: date('evidence_date', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    ownerId: text('owner_id'),
    url: text('url'),
    sha256: text('sha256'),
    size: bigint('size', { mode: 'number' }),
    mediaType: text('media_type'),
    fileName: text('file_name'),
    uploadedBy: text('uploaded_by'),
    archivedAt: tstz('archived_at'),
    archivedBy: text('archived_by'),
  },
  (t) => [
    index('evidence_org_created_idx').on(t.organizationId, t.createdAt, t.id),
    index('evidence_org_title_idx').on(t.organizationId, t.title, t.id),
    index('evidence_org_valid_until_idx').on(t.organizationId, t.validUntil, t.id),
    index('evidence_org_date_idx').on(t.organizationId, t.evidenceDate, t.id),
    index('evidence_org_updated_idx').on(t.organizationId, t.updatedAt, t.id),
    index('evidence_org_sha256_idx').on(t.organizationId, t.sha256),
  ],
);
