// `aims check` (DESIGN §4 CI gate): gathers the facts of one organization and runs core's check rules on them.
// The deployment gate's facts come from the same functions the API's gate uses (deployment-gate.service.ts).
import {
  assertCan,
  type CheckFacts,
  type CheckReport,
  type ImpactStatus,
  IN_USE_STAGES,
  type LifecycleStage,
  runChecks,
  todayUtc,
} from '@openaims/core';
import { tables } from '@openaims/db';
import { eq, isNull } from 'drizzle-orm';
import { anyOf } from '../common/any-of.ts';
import { inOrg } from '../common/in-org.ts';
import type { OrgContext } from '../context.ts';
import { deploymentFacts, readDeploymentGateRules } from '../inventory/deployment-gate.service.ts';
import { riskRepository } from '../risks/risk.repository.ts';
import { listSoaEntries } from '../soa/soa-entry.service.ts';

async function systemsInUse(
  ctx: OrgContext,
  gateRules: CheckFacts['gateRules'],
): Promise<CheckFacts['systems']> {
  const { aiSystems } = tables;
  const rows = await ctx.db
    .select()
    .from(aiSystems)
    .where(
      inOrg(
        aiSystems,
        ctx.orgId,
        anyOf(aiSystems.lifecycleStage, [...IN_USE_STAGES]),
        isNull(aiSystems.archivedAt),
      ),
    )
    .orderBy(aiSystems.name);
  const out: CheckFacts['systems'] = [];
  for (const s of rows)
    out.push({
      id: s.id,
      name: s.name,
      lifecycleStage: s.lifecycleStage as LifecycleStage,
      facts: await deploymentFacts(ctx.db, ctx.orgId, gateRules, s),
    });
  return out;
}

/** The facts the check rules judge, read from one organization (every read permission the rules need). */
export async function gatherCheckFacts(ctx: OrgContext, today = todayUtc()): Promise<CheckFacts> {
  for (const p of ['ai_system:read', 'soa:read', 'risk:read', 'impact:read'] as const) assertCan(ctx.role, p);
  const gateRules = await readDeploymentGateRules(ctx.db, ctx.orgId);
  const repo = riskRepository(ctx.db);
  const risks = await repo.hydrate(ctx.orgId, await repo.listAll(ctx.orgId));
  const { impactAssessments } = tables;
  const assessments = await ctx.db
    .select({
      id: impactAssessments.id,
      title: impactAssessments.title,
      status: impactAssessments.status,
      nextReviewDate: impactAssessments.nextReviewDate,
    })
    .from(impactAssessments)
    .where(inOrg(impactAssessments, ctx.orgId, eq(impactAssessments.status, 'approved')));
  return {
    today,
    gateRules,
    systems: await systemsInUse(ctx, gateRules),
    soaEntries: (await listSoaEntries(ctx, { limit: 500 })).items,
    risks,
    impactAssessments: assessments.map((a) => ({ ...a, status: a.status as ImpactStatus })),
  };
}

/** Runs the CI gate over one organization: `ok` only when every rule passes. */
export async function checkOrganization(ctx: OrgContext, today?: string): Promise<CheckReport> {
  return runChecks(await gatherCheckFacts(ctx, today));
}
