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
import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import { anyOf } from '../common/any-of.ts';
import { inOrg } from '../common/in-org.ts';
import { planPage } from '../common/paginate.ts';
import { tenantTable } from '../common/tenant-table.ts';
import { iso } from '../common/time.ts';
import { linkedWith, linkRepository } from '../links/link.repository.ts';

const { risks, riskCriteria, entityLinks } = tables;
export type RiskRow = typeof risks.$inferSelect;

/** Link types: a risk links to Annex A controls (`control`, id = ref) and impact assessments. */
export const RISK_LINK = { type: 'risk', control: 'control', impact: 'impact_assessment' } as const;

/**
 * The controls and impact assessments linked to each risk row, in the page's own statement (issue 17: one
 * statement per list request instead of a page query plus two link queries with every id of the page as a
 * parameter). Two array subqueries a row — links from the risk and links to it, each one index scan on its
 * whole condition (`entity_links_uq` on org + from…, `entity_links_to_from_idx` on org + to…; a type filter in SQL
 * made PGlite, which has no statistics, pick the wrong index) — as `type id` pairs; `splitLinks` keeps controls
 * and impact assessments, sorted and distinct, as `linkRepository.linksOfMany` answers them. Measured on PostgreSQL at 500 rows: about half the
 * time of aggregating (`json_agg … order by`) over a union in SQL.
 */
const linkedFrom = sql<
  string[]
>`array(select ${entityLinks.toType} || ' ' || ${entityLinks.toId} from ${entityLinks}
  where ${entityLinks.organizationId} = ${risks.organizationId} and ${entityLinks.fromType} = ${RISK_LINK.type}
    and ${entityLinks.fromId} = ${risks.id})`;
const linkedTo = sql<
  string[]
>`array(select ${entityLinks.fromType} || ' ' || ${entityLinks.fromId} from ${entityLinks}
  where ${entityLinks.organizationId} = ${risks.organizationId} and ${entityLinks.toType} = ${RISK_LINK.type}
    and ${entityLinks.toId} = ${risks.id})`;

/** `type id` pairs → the sorted, distinct control refs and impact assessment ids. */
function splitLinks(pairs: string[]): { controls: string[]; impacts: string[] } {
  const controls = new Set<string>();
  const impacts = new Set<string>();
  for (const p of pairs) {
    const space = p.indexOf(' ');
    const type = p.slice(0, space);
    if (type === RISK_LINK.control) controls.add(p.slice(space + 1));
    else if (type === RISK_LINK.impact) impacts.add(p.slice(space + 1));
  }
  return { controls: [...controls].sort(), impacts: [...impacts].sort() };
}

/** A risk row with its links and its criteria's appetite, as the one-statement list reads it. */
type HydratedRow = RiskRow & { linkedFrom: string[]; linkedTo: string[]; appetite: number | null };

/** A row → the API shape (the one mapping both the list and `hydrate` use, so their bytes cannot drift). */
function toRisk(r: RiskRow, controlRefs: string[], impactIds: string[], appetite: number): Risk {
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
    controlRefs,
    ownControls: r.ownControls,
    treatmentApprovedBy: r.treatmentApprovedBy,
    treatmentApprovedAt: iso(r.treatmentApprovedAt),
    residualLikelihood: r.residualLikelihood,
    residualConsequence: r.residualConsequence,
    residualScore: r.residualScore,
    residualLevel: r.residualLevel,
    withinAppetite: isWithinAppetite({ appetite }, effective),
    acceptedBy: r.acceptedBy,
    acceptedAt: iso(r.acceptedAt),
    acceptanceNote: r.acceptanceNote,
    reviewDate: r.reviewDate,
    status: r.status as RiskStatus,
    needsReassessment: r.needsReassessment,
    reassessmentReason: r.reassessmentReason,
    impactAssessmentIds: impactIds,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

/** A hydrated row → the API shape. */
function fromHydrated(r: HydratedRow): Risk {
  const { controls, impacts } = splitLinks([...r.linkedFrom, ...r.linkedTo]);
  return toRisk(r, controls, impacts, r.appetite ?? 0);
}

/** Queries on the `risks` table, scoped to one organization. */
export function riskRepository(db: Db) {
  /** Risk rows with their links and their criteria's appetite, in one statement (the caller adds its `where`). */
  const selectHydrated = () =>
    db
      .select({
        ...getTableColumns(risks),
        linkedFrom,
        linkedTo,
        appetite: riskCriteria.appetite,
      })
      .from(risks)
      .leftJoin(
        riskCriteria,
        and(eq(riskCriteria.organizationId, risks.organizationId), eq(riskCriteria.id, risks.criteriaId)),
      );
  return {
    ...tenantTable(db, risks),

    /**
     * One page of the register, hydrated (links, appetite) in a single statement. Same answer as `hydrate` over
     * a page of rows, byte for byte (bench/src/scale/dump-risks.ts compares them).
     */
    async list(orgId: string, query: ListQuery & RiskFilter): Promise<Page<Risk>> {
      const plan = planPage<(typeof RISK_SORTS)[number], HydratedRow>({
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
      const rows: HydratedRow[] = await selectHydrated()
        .where(
          inOrg(
            risks,
            orgId,
            query.aiSystemId ? eq(risks.aiSystemId, query.aiSystemId) : undefined,
            query.level ? eq(risks.inherentLevel, query.level) : undefined,
            query.status ? eq(risks.status, query.status) : undefined,
            query.treatmentOption ? eq(risks.treatmentOption, query.treatmentOption) : undefined,
            query.riskSource ? eq(risks.riskSource, query.riskSource) : undefined,
            query.needsReassessment
              ? eq(risks.needsReassessment, query.needsReassessment === 'true')
              : undefined,
            query.controlRef
              ? linkedWith(risks.id, orgId, { type: RISK_LINK.control, id: query.controlRef }, RISK_LINK.type)
              : undefined,
            plan.where,
          ),
        )
        .orderBy(...plan.orderBy)
        .limit(plan.limit);
      const page = plan.toPage(rows);
      return { items: page.items.map(fromHydrated), nextCursor: page.nextCursor };
    },

    /** The risks with these ids (any number), hydrated in one statement as `list` does; in no particular order. */
    async byIds(orgId: string, ids: readonly string[]): Promise<Risk[]> {
      if (!ids.length) return [];
      const rows: HydratedRow[] = await selectHydrated().where(inOrg(risks, orgId, anyOf(risks.id, ids)));
      return rows.map(fromHydrated);
    },

    async listAll(orgId: string): Promise<RiskRow[]> {
      return db.select().from(risks).where(inOrg(risks, orgId)).orderBy(risks.createdAt, risks.id);
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
          .where(inOrg(riskCriteria, orgId, anyOf(riskCriteria.id, criteriaIds)));
        for (const c of cs) appetites.set(c.id, c.appetite);
      }
      return rows.map((r) =>
        toRisk(r, controls.get(r.id) ?? [], impacts.get(r.id) ?? [], appetites.get(r.criteriaId) ?? 0),
      );
    },
  };
}
