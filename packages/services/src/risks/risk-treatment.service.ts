// Approval of a risk's treatment plan (§6.1.3, §8.3): the chosen option, its controls and its treatment tasks
// are approved by designated management before the residual risk can be accepted.
import { AppError, ApproveTreatmentSchema, assertCan, type Risk } from '@openaims/core';
import { actorId } from '../common/actor.ts';
import { recordStep } from '../common/recorded-step.ts';
import { notFound } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { linkRepository } from '../links/link.repository.ts';
import { taskRepository } from '../tasks/task.repository.ts';
import { RISK_LINK, riskRepository } from './risk.repository.ts';

/**
 * Approves the treatment plan, recording who and when. Needs a treatment option; unless the option is to accept
 * (retain) the risk, the plan must name at least one control or treatment task. Changing the option or the
 * controls later voids the approval (see `updateRisk`).
 */
export async function approveTreatment(
  ctx: OrgContext,
  id: string,
  input: { note?: string } = {},
): Promise<Risk> {
  assertCan(ctx.role, 'risk:accept');
  const { note } = ApproveTreatmentSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const repo = riskRepository(tx);
    const cur = await repo.find(ctx.orgId, id, { forUpdate: true });
    if (!cur) throw notFound('Risk', id);
    if (cur.treatmentApprovedAt) throw new AppError('CONFLICT', 'The treatment plan is already approved.');
    if (!cur.treatmentOption) {
      throw new AppError('RULE_VIOLATION', 'Choose a treatment option before approving the plan.', {
        errors: [{ path: 'treatmentOption', message: 'required before approval' }],
      });
    }
    const controls = await linkRepository(tx).linksOfMany(ctx.orgId, RISK_LINK.type, [id], RISK_LINK.control);
    const tasks = await taskRepository(tx).listBySource(ctx.orgId, 'risk', [id]);
    const actions = tasks.filter((t) => t.kind === 'treatment' && t.status !== 'cancelled');
    const hasControls = (controls.get(id)?.length ?? 0) > 0 || cur.ownControls.length > 0;
    if (cur.treatmentOption !== 'accept' && !hasControls && actions.length === 0) {
      throw new AppError(
        'RULE_VIOLATION',
        'The plan names no control and no treatment task; add one before approving.',
        {
          errors: [{ path: 'controlRefs', message: 'add a control or a treatment task' }],
        },
      );
    }
    const at = new Date();
    const row = await recordStep(ctx, tx, {
      rows: repo,
      current: cur,
      set: {
        treatmentApprovedBy: actorId(ctx),
        treatmentApprovedAt: at,
      },
      at,
      entityType: 'risk',
      action: 'risk.treatment_approved',
      data: (row) => ({
        version: row.version,
        treatmentOption: cur.treatmentOption,
        controlRefs: controls.get(id) ?? [],
        ownControls: cur.ownControls,
        taskIds: actions.map((t) => t.id),
        note,
        changes: { treatmentApprovedBy: { from: null, to: row.treatmentApprovedBy } },
      }),
    });
    return (await repo.hydrate(ctx.orgId, [row]))[0]!;
  });
}
