// Evidence (§7.5.3, §9.1): metadata of stored files and links. File bytes live in the blob store, addressed by
// their SHA-256; links to controls, clauses, risks and AI systems go through `entity_links`.
import { sql } from 'drizzle-orm';
import { bigint, date, index, pgTable, text } from 'drizzle-orm/pg-core';
import { byAtColumns, entityColumns, sortIndexes, titleColumns } from './columns.ts';

/** One evidence record per upload or link; archived records are kept (retention), never deleted. */
export const evidence = pgTable(
  'evidence',
  {
    ...entityColumns(),
    kind: text('kind').notNull(),
    ...titleColumns(),
    evidenceDate: date('evidence_date', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    ownerId: text('owner_id'),
    url: text('url'),
    sha256: text('sha256'),
    size: bigint('size', { mode: 'number' }),
    mediaType: text('media_type'),
    fileName: text('file_name'),
    uploadedBy: text('uploaded_by'),
    ...byAtColumns('archived'),
  },
  (t) => [
    ...sortIndexes('evidence', t, {
      created: t.createdAt,
      title: t.title,
      valid_until: t.validUntil,
      date: t.evidenceDate,
      updated: t.updatedAt,
    }),
    index('evidence_org_sha256_idx').on(t.organizationId, t.sha256),
    // What expires next among live evidence (reminders, the dashboard), without walking the archived records that
    // an organization keeps once they expired (issue 17: 25,000 of them came first at 200,000).
    index('evidence_org_live_valid_until_idx')
      .on(t.organizationId, t.validUntil, t.id)
      .where(sql`archived_at is null`),
  ],
);
