// Data access for impact assessments. Every query takes the organization id; linked risks come from the
// generic link table (impact_assessment ↔ risk), read from either side.
import {
  type ImpactAssessment,
  ImpactContentSchema,
  type ImpactStatus,
  type ImpactTemplate,
  type ListQuery,
  type Page,
  todayUtc,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq, lte } from 'drizzle-orm';
import { eqIf, tenantPage } from '../common/list-page.ts';
import { numberedRows } from '../common/numbered-rows.ts';
import { tenantTable } from '../common/tenant-table.ts';
import { iso } from '../common/time.ts';
import { linkRepository } from '../links/link.repository.ts';

const { impactAssessments } = tables;
export type ImpactRow = typeof impactAssessments.$inferSelect;

/** Link type of an impact assessment in `entity_links`. */
export const IMPACT_LINK = 'impact_assessment';

/** Filters of the list. */
export interface ImpactListFilter {
  aiSystemId?: string;
  status?: ImpactStatus;
  reviewDue?: 'true';
}

/** Queries on `impact_assessments`, scoped to one organization. */
export function impactRepository(db: Db) {
  return {
    ...tenantTable(db, impactAssessments),

    async list(orgId: string, query: ListQuery & ImpactListFilter): Promise<Page<ImpactRow>> {
      const today = todayUtc();
      return tenantPage(db, impactAssessments, orgId, query, {
        sortable: { createdAt: impactAssessments.createdAt, title: impactAssessments.title },
        defaultSort: { field: 'createdAt', desc: true },
        searchColumns: [impactAssessments.title],
        filters: [
          eqIf(impactAssessments.aiSystemId, query.aiSystemId),
          eqIf(impactAssessments.status, query.status),
          query.reviewDue
            ? and(eq(impactAssessments.status, 'approved'), lte(impactAssessments.nextReviewDate, today))
            : undefined,
        ],
      });
    },

    /** The assessments of one AI system, newest number first. */
    ofSystem(orgId: string, aiSystemId: string): Promise<ImpactRow[]> {
      return numberedRows(db, impactAssessments, orgId, eq(impactAssessments.aiSystemId, aiSystemId));
    },

    /** Rows → API shape with linked risk ids. */
    async hydrate(orgId: string, rows: ImpactRow[]): Promise<ImpactAssessment[]> {
      const risks = await linkRepository(db).linksOfMany(
        orgId,
        IMPACT_LINK,
        rows.map((r) => r.id),
        'risk',
      );
      return rows.map((r) => ({
        id: r.id,
        organizationId: r.organizationId,
        aiSystemId: r.aiSystemId,
        aiSystemVersion: r.aiSystemVersion,
        title: r.title,
        template: r.template as ImpactTemplate,
        number: r.number,
        status: r.status as ImpactStatus,
        content: ImpactContentSchema.parse(r.content),
        nextReviewDate: r.nextReviewDate,
        submittedBy: r.submittedBy,
        submittedAt: iso(r.submittedAt),
        approvedBy: r.approvedBy,
        approvedAt: iso(r.approvedAt),
        riskIds: risks.get(r.id) ?? [],
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
        version: r.version,
      }));
    },
  };
}
