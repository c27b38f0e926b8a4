// Editing a draft assessment (the wizard autosaves through this); submitted and approved ones are frozen (§7.5.3).
import {
  AppError,
  assertCan,
  type ImpactAssessment,
  type UpdateImpactAssessmentInput,
  UpdateImpactAssessmentSchema,
} from '@openaims/core';
import { assertMember } from '../common/members.ts';
import { recordStep } from '../common/recorded-step.ts';
import type { OrgContext } from '../context.ts';
import { hydrateOne, loadForChange } from './impact.common.ts';
import { type ImpactRow, impactRepository } from './impact.repository.ts';
import { assertOrganizationRisks, replaceImpactRisks } from './impact-risk-links.service.ts';

/** Saves changes to a draft (the wizard autosaves through this); submitted and approved ones are read-only. */
export async function updateImpactAssessment(
  ctx: OrgContext,
  id: string,
  input: UpdateImpactAssessmentInput,
  expectedVersion?: number,
): Promise<ImpactAssessment> {
  assertCan(ctx.role, 'impact:update');
  const data = UpdateImpactAssessmentSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const cur = await loadForChange(ctx, tx, id, expectedVersion);
    if (cur.status !== 'draft')
      throw new AppError(
        'RULE_VIOLATION',
        `This assessment is ${cur.status}; start a revision to change it.`,
      );
    const changes: Record<string, unknown> = {};
    // A measure's owner is a person of this organization (tenant isolation, like every ownerId).
    for (const [i, m] of (data.content?.measures ?? []).entries())
      await assertMember(tx, ctx.orgId, m.ownerId, `content.measures.${i}.ownerId`);
    if (data.riskIds) {
      await assertOrganizationRisks(tx, ctx.orgId, data.riskIds);
      const diff = await replaceImpactRisks(ctx, tx, id, data.riskIds);
      if (diff.added.length || diff.removed.length) changes.riskIds = diff;
    }
    const { riskIds: _r, ...fields } = data;
    for (const [k, v] of Object.entries(fields)) {
      const before = cur[k as keyof ImpactRow];
      if (v !== undefined && JSON.stringify(before) !== JSON.stringify(v))
        changes[k] = { from: before, to: v };
    }
    if (Object.keys(changes).length === 0) return hydrateOne(ctx, tx, cur);
    const row = await recordStep(ctx, tx, {
      rows: impactRepository(tx),
      current: cur,
      set: fields,
      entityType: 'impact_assessment',
      action: 'impact_assessment.updated',
      data: (row) => ({ version: row.version, changes }),
    });
    return hydrateOne(ctx, tx, row);
  });
}
