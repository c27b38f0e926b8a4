// Data access for controlled documents, their versions and acknowledgements. Every query takes the organization id.
import {
  type Document,
  type DocumentAcknowledgement,
  type DocumentFilter,
  DocumentSchema,
  type DocumentVersion,
  DocumentVersionSchema,
  isReviewOverdue,
  type ListQuery,
  type Page,
  todayUtc,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { eq, gte, isNull, lt, or } from 'drizzle-orm';
import { findInOrg } from '../common/find-in-org.ts';
import { inOrg } from '../common/in-org.ts';
import { eqIf, tenantPage } from '../common/list-page.ts';
import { numberedRows } from '../common/numbered-rows.ts';
import { planPage } from '../common/paginate.ts';
import { projection } from '../common/projection.ts';
import { tenantTable } from '../common/tenant-table.ts';

const { documents, documentVersions, documentAcknowledgements, users } = tables;
export type DocumentRow = typeof documents.$inferSelect;
export type DocumentVersionRow = typeof documentVersions.$inferSelect;
export type DocumentAckRow = typeof documentAcknowledgements.$inferSelect;

const today = todayUtc;
const documentFields = projection(DocumentSchema);
/** Row → API shape; `reviewOverdue` is computed against today's date. */
export function toDocument(r: DocumentRow): Document {
  return documentFields({ ...r, reviewOverdue: isReviewOverdue(r.nextReviewDate, today()) });
}

/** Row → API shape of a version. */
export const toDocumentVersion: (r: DocumentVersionRow) => DocumentVersion =
  projection(DocumentVersionSchema);

/** Queries on `documents`, `document_versions` and `document_acknowledgements`, scoped to one organization. */
export function documentRepository(db: Db) {
  const versionRows = tenantTable(db, documentVersions);
  return {
    ...tenantTable(db, documents),

    findByMandatoryKey(orgId: string, key: string): Promise<DocumentRow | undefined> {
      return findInOrg(db, documents, orgId, eq(documents.mandatoryKey, key));
    },

    list(orgId: string, query: ListQuery & DocumentFilter): Promise<Page<DocumentRow>> {
      const overdue =
        query.reviewOverdue === 'true'
          ? lt(documents.nextReviewDate, today())
          : query.reviewOverdue === 'false'
            ? or(isNull(documents.nextReviewDate), gte(documents.nextReviewDate, today()))
            : undefined;
      return tenantPage(db, documents, orgId, query, {
        sortable: { createdAt: documents.createdAt, updatedAt: documents.updatedAt, title: documents.title },
        defaultSort: { field: 'title', desc: false },
        searchColumns: [documents.title, documents.description],
        filters: [
          eqIf(documents.type, query.type),
          eqIf(documents.status, query.status),
          eqIf(documents.mandatoryKey, query.mandatoryKey),
          overdue,
        ],
      });
    },

    /** All versions of a document, newest first (a document has few; bounded by `latest_version_number`). */
    versions(orgId: string, documentId: string): Promise<DocumentVersionRow[]> {
      return numberedRows(db, documentVersions, orgId, eq(documentVersions.documentId, documentId));
    },

    /** Versions as a keyset page, newest number first. */
    listVersions(orgId: string, documentId: string, query: ListQuery): Promise<Page<DocumentVersionRow>> {
      return tenantPage(db, documentVersions, orgId, query, {
        sortable: { number: documentVersions.number },
        defaultSort: { field: 'number', desc: true },
        searchColumns: [documentVersions.changeNote],
        filters: [eq(documentVersions.documentId, documentId)],
      });
    },

    /** One version, by id (`dcv_…`) or by number. */
    async findVersion(
      orgId: string,
      documentId: string,
      ref: string,
      opts: { forUpdate?: boolean } = {},
    ): Promise<DocumentVersionRow | undefined> {
      const byNumber = /^[1-9]\d{0,5}$/.test(ref);
      const q = db
        .select()
        .from(documentVersions)
        .where(
          inOrg(
            documentVersions,
            orgId,
            eq(documentVersions.documentId, documentId),
            byNumber ? eq(documentVersions.number, Number(ref)) : eq(documentVersions.id, ref),
          ),
        );
      const [row] = opts.forUpdate ? await q.for('update') : await q;
      return row;
    },

    /** A new version row; versions are written like any tenant row, by id within the organization. */
    insertVersion: versionRows.insert,
    updateVersion: versionRows.update,

    async findAck(orgId: string, versionId: string, userId: string): Promise<DocumentAckRow | undefined> {
      const [row] = await db
        .select()
        .from(documentAcknowledgements)
        .where(
          inOrg(
            documentAcknowledgements,
            orgId,
            eq(documentAcknowledgements.versionId, versionId),
            eq(documentAcknowledgements.userId, userId),
          ),
        );
      return row;
    },

    async insertAck(row: DocumentAckRow): Promise<void> {
      await db.insert(documentAcknowledgements).values(row);
    },

    /** Acknowledgements of a document with the member's name, newest first, as a keyset page. */
    async listAcks(
      orgId: string,
      documentId: string,
      query: ListQuery,
    ): Promise<Page<DocumentAcknowledgement>> {
      type Joined = DocumentAckRow & { userName: string | null; userEmail: string | null };
      const plan = planPage<'acknowledgedAt', Joined>({
        query: { ...query, q: undefined },
        sortable: { acknowledgedAt: documentAcknowledgements.acknowledgedAt },
        defaultSort: { field: 'acknowledgedAt', desc: true },
        idColumn: documentAcknowledgements.id,
        sortValue: (r, f) => r[f],
      });
      const rows = await db
        .select({ ack: documentAcknowledgements, name: users.name, email: users.email })
        .from(documentAcknowledgements)
        .leftJoin(users, eq(users.id, documentAcknowledgements.userId))
        .where(
          inOrg(
            documentAcknowledgements,
            orgId,
            eq(documentAcknowledgements.documentId, documentId),
            plan.where,
          ),
        )
        .orderBy(...plan.orderBy)
        .limit(plan.limit);
      const page = plan.toPage(rows.map((r) => ({ ...r.ack, userName: r.name, userEmail: r.email })));
      return {
        items: page.items.map((a) => ({
          id: a.id,
          documentId: a.documentId,
          versionId: a.versionId,
          versionNumber: a.versionNumber,
          userId: a.userId,
          userName: a.userName,
          userEmail: a.userEmail,
          acknowledgedAt: a.acknowledgedAt.toISOString(),
        })),
        nextCursor: page.nextCursor,
      };
    },
  };
}
