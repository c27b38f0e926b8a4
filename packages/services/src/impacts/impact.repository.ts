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
import { and, desc, eq, lte } from 'drizzle-orm';
import { planPage } from '../common/paginate.ts';
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
    async find(
      orgId: string,
      id: string,
      opts: { forUpdate?: boolean } = {},
    ): Promise<ImpactRow | undefined> {
      const q = db
        .select()
        .from(impactAssessments)
        .where(and(eq(impactAssessments.organizationId, orgId), eq(impactAssessments.id, id)));
      const [row] = opts.forUpdate ? await q.for('update') : await q;
      return row;
    },

    async list(orgId: string, query: ListQuery & ImpactListFilter): Promise<Page<ImpactRow>> {
      const plan = planPage<'createdAt' | 'title', ImpactRow>({
        query,
        sortable: { createdAt: impactAssessments.createdAt, title: impactAssessments.title },
        defaultSort: { field: 'createdAt', desc: true },
        idColumn: impactAssessments.id,
        searchColumns: [impactAssessments.title],
        sortValue: (r, f) => r[f],
      });
      const today = todayUtc();
      const rows = await db
        .select()
        .from(impactAssessments)
        .where(
          and(
            eq(impactAssessments.organizationId, orgId),
            query.aiSystemId ? eq(impactAssessments.aiSystemId, query.aiSystemId) : undefined,
            query.status ? eq(impactAssessments.status, query.status) : undefined,
            query.reviewDue
              ? and(eq(impactAssessments.status, 'approved'), lte(impactAssessments.nextReviewDate, today))
              : undefined,
            plan.where,
          ),
        )
        .orderBy(...plan.orderBy)
        .limit(plan.limit);
      return plan.toPage(rows);
    },

    /** The assessments of one AI system, newest number first. */
    async ofSystem(orgId: string, aiSystemId: string): Promise<ImpactRow[]> {
      return db
        .select()
        .from(impactAssessments)
        .where(and(eq(impactAssessments.organizationId, orgId), eq(impactAssessments.aiSystemId, aiSystemId)))
        .orderBy(desc(impactAssessments.number));
    },

    async insert(row: ImpactRow): Promise<ImpactRow> {
      const [out] = await db.insert(impactAssessments).values(row).returning();
      return out!;
    },

    async update(orgId: string, id: string, set: Partial<ImpactRow>): Promise<ImpactRow> {
      const [out] = await db
        .update(impactAssessments)
        .set(set)
        .where(and(eq(impactAssessments.organizationId, orgId), eq(impactAssessments.id, id)))
        .returning();
      return out!;
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
        submittedAt: r.submittedAt?.toISOString() ?? null,
        approvedBy: r.approvedBy,
        approvedAt: r.approvedAt?.toISOString() ?? null,
        riskIds: risks.get(r.id) ?? [],
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
        version: r.version,
      }));
    },
  };
}
