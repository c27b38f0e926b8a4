// Data access for management reviews (§9.3). Every query takes the organization id.
import {
  type ListQuery,
  type ManagementReview,
  ManagementReviewSchema,
  type Page,
  REVIEW_SORTS,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { desc, isNotNull, lt, ne, sql } from 'drizzle-orm';
import { inOrg } from '../common/in-org.ts';
import { eqIf, tenantPage } from '../common/list-page.ts';
import { projection } from '../common/projection.ts';
import { sortColumns } from '../common/sort-columns.ts';
import { tenantTable } from '../common/tenant-table.ts';

const { managementReviews } = tables;
export type ReviewRow = typeof managementReviews.$inferSelect;

/** Row → API shape (the frozen inputs themselves are served by `…/inputs`, not with every review). */
export const toManagementReview: (r: ReviewRow) => ManagementReview = projection(ManagementReviewSchema);

/** The organization's reviews frozen before `before` (any time when null), other than `exceptId`. */
function frozenBefore(orgId: string, exceptId: string, before: Date | null) {
  return inOrg(
    managementReviews,
    orgId,
    ne(managementReviews.id, exceptId),
    isNotNull(managementReviews.frozenAt),
    before ? lt(managementReviews.frozenAt, before) : undefined,
  );
}

/** Queries on management reviews, scoped to one organization. */
export function managementReviewRepository(db: Db) {
  return {
    rows: tenantTable(db, managementReviews),

    async list(orgId: string, query: ListQuery & { status?: string }): Promise<Page<ReviewRow>> {
      return tenantPage(db, managementReviews, orgId, query, {
        sortable: sortColumns(managementReviews, REVIEW_SORTS),
        defaultSort: { field: 'plannedDate', desc: true },
        searchColumns: [managementReviews.title],
        filters: [eqIf(managementReviews.status, query.status)],
      });
    },

    /** The latest review frozen before `before` (any time when null), other than `exceptId`. */
    async previousFrozen(
      orgId: string,
      exceptId: string,
      before: Date | null,
    ): Promise<ReviewRow | undefined> {
      const [row] = await db
        .select()
        .from(managementReviews)
        .where(frozenBefore(orgId, exceptId, before))
        .orderBy(desc(managementReviews.frozenAt), desc(managementReviews.id))
        .limit(1);
      return row;
    },

    /** Ids of reviews frozen before `before` (their actions are "actions from previous reviews", §9.3.2 a). */
    async earlierIds(orgId: string, exceptId: string, before: Date): Promise<string[]> {
      const rows = await db
        .select({ id: managementReviews.id })
        .from(managementReviews)
        .where(frozenBefore(orgId, exceptId, before));
      return rows.map((r) => r.id);
    },

    /** Counts for readiness and the dashboard: approved and frozen reviews, the latest approved, the next planned. */
    async summary(orgId: string, today: string) {
      const [row] = await db
        .select({
          approved: sql<number>`count(*) filter (where ${managementReviews.status} = 'approved')`,
          frozen: sql<number>`count(*) filter (where ${managementReviews.status} = 'frozen')`,
          lastApprovedOn: sql<
            string | null
          >`(max(${managementReviews.plannedDate}) filter (where ${managementReviews.status} = 'approved'))::text`,
          nextPlannedOn: sql<
            string | null
          >`(min(${managementReviews.plannedDate}) filter (where ${managementReviews.status} = 'planned' and ${managementReviews.plannedDate} >= ${today}))::text`,
        })
        .from(managementReviews)
        .where(inOrg(managementReviews, orgId));
      const dateText = (v: unknown) => (v == null ? null : String(v).slice(0, 10));
      return {
        approved: Number(row?.approved ?? 0),
        frozen: Number(row?.frozen ?? 0),
        lastApprovedOn: dateText(row?.lastApprovedOn),
        nextPlannedOn: dateText(row?.nextPlannedOn),
      };
    },
  };
}
