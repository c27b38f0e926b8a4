// Global search (issue 16): one ILIKE query per kind of record, each scoped to the organization, archived
// records left out, at most SEARCH_LIMIT_PER_TYPE hits per kind. Controls are the fixed Annex A catalogue.
import {
  ANNEX_A_CONTROLS,
  assertCan,
  can,
  containsPattern,
  SEARCH_LIMIT_PER_TYPE,
  SEARCH_TYPE_PERMISSIONS,
  SEARCH_TYPES,
  type SearchItem,
  type SearchResult,
  type SearchType,
  searchUrl,
} from '@openaims/core';
import { tables } from '@openaims/db';
import { asc, eq, ilike, isNull, ne, or, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { inOrg } from '../common/in-org.ts';
import type { OrgContext } from '../context.ts';

const t = tables;

/** How one kind is searched: its table, the column shown as title, and what else marks a row as hidden. */
interface Source {
  table: PgTable & { id: PgColumn; organizationId: PgColumn };
  title: PgColumn;
  /** Rows that count (not archived, not superseded); absent when every row does. */
  visible?: SQL;
}

const SOURCES: Record<Exclude<SearchType, 'control'>, Source> = {
  ai_system: { table: t.aiSystems, title: t.aiSystems.name, visible: isNull(t.aiSystems.archivedAt) },
  model: { table: t.models, title: t.models.name, visible: isNull(t.models.archivedAt) },
  dataset: { table: t.datasets, title: t.datasets.name, visible: isNull(t.datasets.archivedAt) },
  supplier: { table: t.suppliers, title: t.suppliers.name, visible: isNull(t.suppliers.archivedAt) },
  risk: { table: t.risks, title: t.risks.title },
  // A superseded assessment is history; its successor is the one to open (§6.1.4).
  impact_assessment: {
    table: t.impactAssessments,
    title: t.impactAssessments.title,
    visible: ne(t.impactAssessments.status, 'superseded'),
  },
  document: { table: t.documents, title: t.documents.title },
  evidence: { table: t.evidence, title: t.evidence.title, visible: isNull(t.evidence.archivedAt) },
  objective: { table: t.objectives, title: t.objectives.title, visible: isNull(t.objectives.archivedAt) },
  metric: { table: t.metrics, title: t.metrics.name, visible: isNull(t.metrics.archivedAt) },
  nonconformity: { table: t.nonconformities, title: t.nonconformities.title },
  incident: { table: t.incidents, title: t.incidents.title },
  audit: { table: t.audits, title: t.audits.title },
  management_review: { table: t.managementReviews, title: t.managementReviews.title },
};

/** Records of the organization whose name, title or reference contains `q` (case-insensitive), grouped by kind. */
export async function search(ctx: OrgContext, q: string): Promise<SearchResult> {
  assertCan(ctx.role, 'org:read');
  const pattern = containsPattern(q);
  const kinds = SEARCH_TYPES.filter((k) => can(ctx.role, SEARCH_TYPE_PERMISSIONS[k]));
  const groups = await Promise.all(
    kinds.map((kind) =>
      kind === 'control' ? searchControls(ctx.orgId, q) : searchTable(ctx, kind, q, pattern),
    ),
  );
  return { items: groups.flat() };
}

async function searchTable(
  ctx: OrgContext,
  kind: Exclude<SearchType, 'control'>,
  q: string,
  pattern: string,
): Promise<SearchItem[]> {
  const s = SOURCES[kind];
  const rows = await ctx.db
    .select({ id: s.table.id, title: s.title })
    .from(s.table as PgTable)
    .where(
      inOrg(
        s.table,
        ctx.orgId,
        // A pasted id finds its record too.
        or(ilike(s.title, pattern), eq(s.table.id, q)),
        s.visible,
      ),
    )
    .orderBy(asc(s.title), asc(s.table.id))
    .limit(SEARCH_LIMIT_PER_TYPE);
  return rows.map((r) => ({
    type: kind,
    id: String(r.id),
    title: String(r.title),
    url: searchUrl(ctx.orgId, kind, String(r.id)),
  }));
}

/** Annex A controls by reference ("A.6.2") or short title; the catalogue is the same for every organization. */
function searchControls(orgId: string, q: string): SearchItem[] {
  const needle = q.toLowerCase();
  return ANNEX_A_CONTROLS.filter(
    (c) => c.ref.toLowerCase().includes(needle) || c.title.toLowerCase().includes(needle),
  )
    .slice(0, SEARCH_LIMIT_PER_TYPE)
    .map((c) => ({
      type: 'control',
      id: c.ref,
      title: `${c.ref} ${c.title}`,
      url: searchUrl(orgId, 'control', c.ref),
    }));
}
