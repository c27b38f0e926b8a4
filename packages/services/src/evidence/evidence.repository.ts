// Data access for evidence. Every query takes the organization id; what evidence proves is read from the generic
// link table, so the SoA (`evidenceIds`), the clause tracker and this module agree.
import {
  type EVIDENCE_SORTS,
  EVIDENCE_TARGET_TYPES,
  type Evidence,
  type EvidenceFilter,
  type EvidenceKind,
  type EvidenceTargetType,
  evidenceValidity,
  expiringSoonUntil,
  type ListQuery,
  type Page,
  todayUtc,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, gt, gte, isNull, lt, lte, or } from 'drizzle-orm';
import { archivedFilter, eqIf, tenantPage } from '../common/list-page.ts';
import { tenantTable } from '../common/tenant-table.ts';
import { iso } from '../common/time.ts';
import { linkedWith, linkRepository } from '../links/link.repository.ts';

const { evidence } = tables;
export type EvidenceRow = typeof evidence.$inferSelect;

/** The `entity_links` type of evidence records. */
export const EVIDENCE_LINK_TYPE = 'evidence';

function validityWhere(validity: EvidenceFilter['validity'], today: string) {
  const soon = expiringSoonUntil(today);
  switch (validity) {
    case 'expired':
      return lt(evidence.validUntil, today);
    case 'expiring_soon':
      return and(gte(evidence.validUntil, today), lte(evidence.validUntil, soon));
    case 'valid':
      return or(isNull(evidence.validUntil), gt(evidence.validUntil, soon));
    case 'no_expiry':
      return isNull(evidence.validUntil);
    default:
      return undefined;
  }
}

/** Queries on the `evidence` table, scoped to one organization. */
export function evidenceRepository(db: Db) {
  return {
    ...tenantTable(db, evidence),

    async list(
      orgId: string,
      query: ListQuery & EvidenceFilter,
      today = todayUtc(),
    ): Promise<Page<EvidenceRow>> {
      return tenantPage<typeof evidence, (typeof EVIDENCE_SORTS)[number]>(db, evidence, orgId, query, {
        sortable: {
          title: evidence.title,
          evidenceDate: evidence.evidenceDate,
          validUntil: evidence.validUntil,
          createdAt: evidence.createdAt,
          updatedAt: evidence.updatedAt,
        },
        defaultSort: { field: 'createdAt', desc: true },
        searchColumns: [
          evidence.title,
          evidence.description,
          evidence.fileName,
          evidence.url,
          evidence.sha256,
        ],
        filters: [
          eqIf(evidence.kind, query.kind),
          archivedFilter(evidence.archivedAt, query.archived),
          validityWhere(query.validity, today),
          query.targetType && query.targetId
            ? linkedWith(
                evidence.id,
                orgId,
                { type: query.targetType, id: query.targetId },
                EVIDENCE_LINK_TYPE,
              )
            : undefined,
        ],
      });
    },

    /** Rows → API shape, with what each proves and its validity on `today`. */
    async hydrate(orgId: string, rows: EvidenceRow[], today = todayUtc()): Promise<Evidence[]> {
      const ids = rows.map((r) => r.id);
      const links = linkRepository(db);
      // One type after the other: `db` may be a transaction (one PostgreSQL connection), where concurrent
      // statements only queue (and pg 9 will refuse them).
      const byType: Awaited<ReturnType<typeof links.linksOfMany>>[] = [];
      for (const t of EVIDENCE_TARGET_TYPES)
        byType.push(await links.linksOfMany(orgId, EVIDENCE_LINK_TYPE, ids, t));
      return rows.map((r) => ({
        id: r.id,
        organizationId: r.organizationId,
        kind: r.kind as EvidenceKind,
        title: r.title,
        description: r.description,
        evidenceDate: r.evidenceDate,
        validUntil: r.validUntil,
        validity: evidenceValidity(r.validUntil, today),
        ownerId: r.ownerId,
        url: r.url,
        sha256: r.sha256,
        size: r.size,
        mediaType: r.mediaType,
        fileName: r.fileName,
        uploadedBy: r.uploadedBy,
        archivedAt: iso(r.archivedAt),
        links: EVIDENCE_TARGET_TYPES.flatMap((t, i) =>
          (byType[i]!.get(r.id) ?? []).map((targetId) => ({ targetType: t as EvidenceTargetType, targetId })),
        ),
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
        version: r.version,
      }));
    },
  };
}
