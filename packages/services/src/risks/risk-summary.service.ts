// The risk register in numbers (§6.1.2, §9.1): grouped counts over every risk of the organization, computed by
// the database so heatmaps and dashboards never count a truncated page.
import { assertCan, type RiskStatus, type RiskSummary } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, count, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { inOrg } from '../common/in-org.ts';
import { keptAnswer } from '../common/kept-answers.ts';
import type { OrgContext } from '../context.ts';
import { risksRevision } from './risk.service.ts';

const { risks, riskCriteria } = tables;

/**
 * The summary as `getRiskSummary` answers it, kept while the register's revision holds, when the caller keeps
 * answers (the dashboard shows it on every visit; see kept-answers.ts). The revision read checks risk:read.
 */
export function keptRiskSummary(ctx: OrgContext): Promise<RiskSummary> {
  return keptAnswer(
    ctx,
    'risk-summary',
    () => risksRevision(ctx),
    () => getRiskSummary(ctx),
  );
}

/** Counts of the organization's risk register by level, status, matrix cell and AI system (risk:read). */
export async function getRiskSummary(ctx: OrgContext): Promise<RiskSummary> {
  assertCan(ctx.role, 'risk:read');
  const { db, orgId } = ctx;
  const allRisks = inOrg(risks, orgId);
  const [byLevel, byResidualLevel, byStatus, byAiSystem, inherentCells, residualCells, flags] =
    await Promise.all([
      grouped(db, [risks.inherentLevel], allRisks),
      grouped(db, [risks.residualLevel], inOrg(risks, orgId, isNotNull(risks.residualLevel))),
      grouped(db, [risks.status], allRisks),
      grouped(db, [risks.aiSystemId], allRisks),
      grouped(db, [risks.likelihood, risks.consequence], allRisks),
      grouped(
        db,
        [risks.residualLikelihood, risks.residualConsequence],
        inOrg(risks, orgId, isNotNull(risks.residualLikelihood), isNotNull(risks.residualConsequence)),
      ),
      db
        .select({
          total: count(),
          needsReassessment: sql<number>`count(*) filter (where ${risks.needsReassessment})`.mapWith(Number),
          // The same effective score as `withinAppetite` on a risk: residual when rated, else inherent (§6.1.3).
          aboveAppetite:
            sql<number>`count(*) filter (where coalesce(${risks.residualScore}, ${risks.inherentScore}) > ${riskCriteria.appetite})`.mapWith(
              Number,
            ),
        })
        .from(risks)
        .leftJoin(
          riskCriteria,
          and(eq(riskCriteria.organizationId, risks.organizationId), eq(riskCriteria.id, risks.criteriaId)),
        )
        .where(allRisks),
    ]);
  const f = flags[0] ?? { total: 0, needsReassessment: 0, aboveAppetite: 0 };
  return {
    total: f.total,
    byLevel: byLevel.map((r) => ({ level: String(r.k0), count: r.n })),
    byResidualLevel: byResidualLevel.map((r) => ({ level: String(r.k0), count: r.n })),
    byStatus: byStatus.map((r) => ({ status: r.k0 as RiskStatus, count: r.n })),
    byAiSystem: byAiSystem.map((r) => ({ aiSystemId: (r.k0 as string | null) ?? null, count: r.n })),
    inherentCells: inherentCells.map((r) => ({
      likelihood: Number(r.k0),
      consequence: Number(r.k1),
      count: r.n,
    })),
    residualCells: residualCells.map((r) => ({
      likelihood: Number(r.k0),
      consequence: Number(r.k1),
      count: r.n,
    })),
    needsReassessment: f.needsReassessment,
    aboveAppetite: f.aboveAppetite,
  };
}

/** `select k0[, k1], count(*) … group by k0[, k1]`, ordered by the keys so answers are stable. */
async function grouped(
  db: Db,
  keys: [PgColumn] | [PgColumn, PgColumn],
  where: SQL | undefined,
): Promise<{ k0: unknown; k1?: unknown; n: number }[]> {
  const [k0, k1] = keys;
  const rows = await db
    .select(k1 ? { k0, k1, n: count() } : { k0, n: count() })
    .from(risks)
    .where(where)
    .groupBy(...keys)
    .orderBy(...keys);
  return rows as { k0: unknown; k1?: unknown; n: number }[];
}
