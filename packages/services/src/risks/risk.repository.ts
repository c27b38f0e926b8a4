// Data access for the risk register. Every query takes the organization id; control refs and impact
// assessments come from the generic link table, so the SoA and the register read the same links.
import {
  isWithinAppetite,
  type ListQuery,
  type Page,
  type RISK_SORTS,
  type Risk,
  type RiskFilter,
  type RiskStatus,
  type TreatmentOption,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq, inArray } from 'drizzle-orm';
import { planPage } from '../common/paginate.ts';
import { tenantTable } from '../common/tenant-table.ts';
import { linkRepository } from '../links/link.repository.ts';

const { risks, riskCriteria } = tables;
export type RiskRow = typeof risks.$inferSelect;

/** Link types: a risk links to Annex A controls (`control`, id = ref) and impact assessments. */
export const RISK_LINK = { type: 'risk', control: 'control', impact: 'impact_assessment' } as const;

/** Queries on the `risks` table, scoped to one organization. */
export function riskRepository(db: Db) {
  return {
    ...tenantTable(db, risks),

    async list(orgId: string, query: ListQuery & RiskFilter): Promise<Page<RiskRow>> {
      const plan = planPage<(typeof RISK_SORTS)[number], RiskRow>({
        query,
        sortable: {
          title: risks.title,
          createdAt: risks.createdAt,
          updatedAt: risks.updatedAt,
          inherentScore: risks.inherentScore,
        },
        defaultSort: { field: 'createdAt', desc: true },
        idColumn: risks.id,
        searchColumns: [risks.title, risks.description],
        sortValue: (r, f) => r[f],
      });
      let byControl: string[] | undefined;
      if (query.controlRef) {
        byControl = await linkRepository(db).linkedIds(
          orgId,
          { type: RISK_LINK.control, id: query.controlRef },
          RISK_LINK.type,
        );
        if (byControl.length === 0) return { items: [], nextCursor: null };
      }
      const rows = await db
        .select()
        .from(risks)
        .where(
          and(
            eq(risks.organizationId, orgId),
            query.aiSystemId ? eq(risks.aiSystemId, query.aiSystemId) : undefined,
            query.level ? eq(risks.inherentLevel, query.level) : undefined,
            query.status ? eq(risks.status, query.status) : undefined,
            query.treatmentOption ? eq(risks.treatmentOption, query.treatmentOption) : undefined,
            query.riskSource ? eq(risks.riskSource, query.riskSource) : undefined,
            query.needsReassessment
              ? eq(risks.needsReassessment, query.needsReassessment === 'true')
              : undefined,
            byControl ? inArray(risks.id, byControl) : undefined,
            plan.where,
          ),
        )
        .orderBy(...plan.orderBy)
        .limit(plan.limit);
      return plan.toPage(rows);
    },

    async listAll(orgId: string): Promise<RiskRow[]> {
      return db
        .select()
        .from(risks)
        .where(eq(risks.organizationId, orgId))
        .orderBy(risks.createdAt, risks.id);
    },

    /** Rows → API shape, with linked controls and impact assessments, and the appetite of each risk's criteria. */
    async hydrate(orgId: string, rows: RiskRow[]): Promise<Risk[]> {
      const ids = rows.map((r) => r.id);
      const links = linkRepository(db);
      const controls = await links.linksOfMany(orgId, RISK_LINK.type, ids, RISK_LINK.control);
      const impacts = await links.linksOfMany(orgId, RISK_LINK.type, ids, RISK_LINK.impact);
      const criteriaIds = [...new Set(rows.map((r) => r.criteriaId))];
      const appetites = new Map<string, number>();
      if (criteriaIds.length) {
        const cs = await db
          .select({ id: riskCriteria.id, appetite: riskCriteria.appetite })
          .from(riskCriteria)
          .where(and(eq(riskCriteria.organizationId, orgId), inArray(riskCriteria.id, criteriaIds)));
        for (const c of cs) appetites.set(c.id, c.appetite);
      }
      return rows.map((r) => {
        const effective = r.residualScore ?? r.inherentScore;
        return {
          id: r.id,
          organizationId: r.organizationId,
          title: r.title,
          description: r.description,
          aiSystemId: r.aiSystemId,
          riskSource: r.riskSource,
          affectedObjective: r.affectedObjective,
          threatIds: r.threatIds,
          ownerId: r.ownerId,
          likelihood: r.likelihood,
          consequence: r.consequence,
          inherentScore: r.inherentScore,
          inherentLevel: r.inherentLevel,
          criteriaId: r.criteriaId,
          criteriaVersion: r.criteriaVersion,
          treatmentOption: r.treatmentOption as TreatmentOption | null,
          controlRefs: controls.get(r.id) ?? [],
          ownControls: r.ownControls,
          treatmentApprovedBy: r.treatmentApprovedBy,
          treatmentApprovedAt: r.treatmentApprovedAt?.toISOString() ?? null,
          residualLikelihood: r.residualLikelihood,
          residualConsequence: r.residualConsequence,
          residualScore: r.residualScore,
          residualLevel: r.residualLevel,
          withinAppetite: isWithinAppetite({ appetite: appetites.get(r.criteriaId) ?? 0 }, effective),
          acceptedBy: r.acceptedBy,
          acceptedAt: r.acceptedAt?.toISOString() ?? null,
          acceptanceNote: r.acceptanceNote,
          reviewDate: r.reviewDate,
          status: r.status as RiskStatus,
          needsReassessment: r.needsReassessment,
          reassessmentReason: r.reassessmentReason,
          impactAssessmentIds: impacts.get(r.id) ?? [],
          createdAt: r.createdAt.toISOString(),
          updatedAt: r.updatedAt.toISOString(),
          version: r.version,
        };
      });
    },
  };
}
