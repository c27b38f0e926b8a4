// The deployment gate per organization (A.6.2.5): settings, and the check run before a system enters a gated stage.
import {
  AppError,
  assertCan,
  DEFAULT_DEPLOYMENT_GATE_RULES,
  type DeploymentFacts,
  type DeploymentGateRules,
  DeploymentGateRulesSchema,
  evaluateDeploymentGate,
  isGatedStage,
  type LifecycleStage,
  type RiskClass,
  type UpdateDeploymentGateRulesInput,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { inOrg } from '../common/in-org.ts';
import type { OrgContext } from '../context.ts';
import { hasApprovedImpactAssessment } from '../impacts/impact-gate.ts';
import { record } from '../ledger/ledger.service.ts';

const { deploymentGateRules } = tables;

/** The organization's gate rules (defaults when never changed), without a permission check, for other checks. */
export async function readDeploymentGateRules(db: Db, orgId: string): Promise<DeploymentGateRules> {
  const [row] = await db.select().from(deploymentGateRules).where(inOrg(deploymentGateRules, orgId));
  return row
    ? DeploymentGateRulesSchema.parse({ ...DEFAULT_DEPLOYMENT_GATE_RULES, ...(row.rules as object) })
    : DEFAULT_DEPLOYMENT_GATE_RULES;
}

/** The organization's deployment gate rules (defaults when never changed). */
export async function getDeploymentGateRules(ctx: OrgContext): Promise<DeploymentGateRules> {
  assertCan(ctx.role, 'deployment_gate:read');
  return readDeploymentGateRules(ctx.db, ctx.orgId);
}

/** Changes the organization's deployment gate rules, with a ledger entry. */
export async function updateDeploymentGateRules(
  ctx: OrgContext,
  input: UpdateDeploymentGateRulesInput,
): Promise<DeploymentGateRules> {
  assertCan(ctx.role, 'deployment_gate:manage');
  return ctx.db.transaction(async (tx) => {
    const before = await readDeploymentGateRules(tx, ctx.orgId);
    const rules = { ...before, ...input };
    const at = new Date();
    await tx
      .insert(deploymentGateRules)
      .values({ organizationId: ctx.orgId, rules, updatedAt: at, version: 1 })
      .onConflictDoUpdate({ target: deploymentGateRules.organizationId, set: { rules, updatedAt: at } });
    await record(ctx, tx, {
      action: 'deployment_gate.updated',
      entityType: 'deployment_gate',
      entityId: ctx.orgId,
      data: { from: before, to: rules },
    });
    return rules;
  });
}

/** What the gate needs to know about a system; the impact assessment is looked up only when a rule asks for it. */
export async function deploymentFacts(
  db: Db,
  orgId: string,
  rules: DeploymentGateRules,
  system: { id?: string; riskClass: string; classification: unknown },
): Promise<DeploymentFacts> {
  return {
    riskClass: system.riskClass as RiskClass,
    isClassified: system.classification != null,
    hasApprovedImpactAssessment: rules.requireApprovedImpactAssessment
      ? !!system.id && (await hasApprovedImpactAssessment(db, orgId, system.id))
      : null,
  };
}

/** Refuses (422, listing what is missing) a move into a gated stage (A.5.2, EU AI Act Art. 26/27 before use). */
export async function assertDeploymentGate(
  db: Db,
  orgId: string,
  target: LifecycleStage,
  system: { id?: string; riskClass: string; classification: unknown },
): Promise<void> {
  if (!isGatedStage(target)) return;
  const rules = await readDeploymentGateRules(db, orgId);
  const verdict = evaluateDeploymentGate(rules, await deploymentFacts(db, orgId, rules, system));
  if (!verdict.ok) {
    throw new AppError(
      'RULE_VIOLATION',
      `The system cannot enter ${target}: ${verdict.missing.map((m) => m.message).join(' ')}`,
      {
        errors: verdict.missing.map((m) => ({ path: m.key, message: m.message })),
      },
    );
  }
}
