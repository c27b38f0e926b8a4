// The impact assessment ↔ risk links (§6.1.4: assessment results feed the risk assessment of §6.1.2).
import { AppError, assertCan, type CreateRiskInput, type Risk } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { actorId } from '../common/actor.ts';
import { existingIds } from '../common/existing-ids.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { linkRepository } from '../links/link.repository.ts';
import { createRisk } from '../risks/risk.service.ts';
import { IMPACT_LINK } from './impact.repository.ts';
import { getImpactAssessment } from './impact-query.service.ts';

/** Refuses (422) risk ids that are not this organization's. */
export async function assertOrganizationRisks(tx: Db, orgId: string, riskIds: string[]): Promise<void> {
  const found = await existingIds(tx, orgId, tables.risks, riskIds);
  const missing = riskIds.filter((r) => !found.has(r));
  if (missing.length)
    throw new AppError('RULE_VIOLATION', 'Link only risks of this organization.', {
      errors: missing.map((m) => ({ path: 'riskIds', message: `${m} is not a risk here` })),
    });
}

/** Sets the assessment's linked risks to exactly `riskIds`; returns what was added and removed. */
export function replaceImpactRisks(ctx: OrgContext, tx: Db, id: string, riskIds: string[]) {
  return linkRepository(tx).replace(ctx.orgId, { type: IMPACT_LINK, id }, 'risk', riskIds, actorId(ctx));
}

/** Turns a finding into a risk of the assessed system (§6.1.4: results feed risk assessment) and links the two. */
export async function createRiskFromImpactAssessment(
  ctx: OrgContext,
  id: string,
  input: CreateRiskInput,
): Promise<Risk> {
  assertCan(ctx.role, 'risk:create');
  const ia = await getImpactAssessment(ctx, id);
  return ctx.db.transaction(async (tx) => {
    const risk = await createRisk(
      { ...ctx, db: tx },
      { ...input, aiSystemId: input.aiSystemId ?? ia.aiSystemId },
    );
    await replaceImpactRisks(ctx, tx, id, [...ia.riskIds, risk.id]);
    await record(ctx, tx, {
      action: 'impact_assessment.risk_linked',
      entityType: 'impact_assessment',
      entityId: id,
      data: { riskId: risk.id },
    });
    return { ...risk, impactAssessmentIds: [...risk.impactAssessmentIds, id] };
  });
}
