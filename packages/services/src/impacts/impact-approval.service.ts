// Review of an impact assessment (§6.1.4, 42005 5.11): a complete draft is submitted, then approved by a lead;
// the approval supersedes the system's earlier approved version.
import { AppError, assertCan, type ImpactAssessment, type ImpactTemplate } from '@openaims/core';
import type { Db } from '@openaims/db';
import { actorId } from '../common/actor.ts';
import { recordStep } from '../common/recorded-step.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { hydrateOne, loadForChange } from './impact.common.ts';
import { type ImpactRow, impactRepository } from './impact.repository.ts';
import { assertComplete } from './impact-content.ts';

/** Submits a complete draft for approval; an incomplete one is refused (422) with every missing item named. */
export async function submitImpactAssessment(ctx: OrgContext, id: string): Promise<ImpactAssessment> {
  assertCan(ctx.role, 'impact:update');
  return ctx.db.transaction(async (tx) => {
    const cur = await loadForChange(ctx, tx, id);
    if (cur.status !== 'draft')
      throw new AppError('RULE_VIOLATION', `Only a draft can be submitted; this one is ${cur.status}.`);
    assertComplete(cur.content, cur.template as ImpactTemplate);
    const at = new Date();
    const row = await reviewStep(
      ctx,
      tx,
      cur,
      'submitted',
      at,
      { submittedBy: actorId(ctx), submittedAt: at },
      (r) => ({ version: r.version }),
    );
    return hydrateOne(ctx, tx, row);
  });
}

/** Approves a submitted assessment (42005 5.11; leads only) and supersedes the system's earlier approved one. */
export async function approveImpactAssessment(ctx: OrgContext, id: string): Promise<ImpactAssessment> {
  assertCan(ctx.role, 'impact:approve');
  return ctx.db.transaction(async (tx) => {
    const cur = await loadForChange(ctx, tx, id);
    if (cur.status !== 'submitted')
      throw new AppError(
        'RULE_VIOLATION',
        `Only a submitted assessment can be approved; this one is ${cur.status}.`,
      );
    const repo = impactRepository(tx);
    const at = new Date();
    for (const old of await repo.ofSystem(ctx.orgId, cur.aiSystemId)) {
      if (old.status !== 'approved') continue;
      await repo.update(ctx.orgId, old.id, { status: 'superseded', updatedAt: at, version: old.version + 1 });
      await record(ctx, tx, {
        action: 'impact_assessment.superseded',
        entityType: 'impact_assessment',
        entityId: old.id,
        data: { by: id },
      });
    }
    const row = await reviewStep(
      ctx,
      tx,
      cur,
      'approved',
      at,
      { approvedBy: actorId(ctx), approvedAt: at },
      (r) => ({
        version: r.version,
        approvedBy: r.approvedBy,
      }),
    );
    return hydrateOne(ctx, tx, row);
  });
}

/**
 * Moves an assessment to the next review status at `at`, with who did it (`stamp`), bumps its version and writes
 * the `impact_assessment.<status>` ledger entry in the same transaction.
 */
async function reviewStep(
  ctx: OrgContext,
  tx: Db,
  cur: ImpactRow,
  status: 'submitted' | 'approved',
  at: Date,
  stamp: Partial<ImpactRow>,
  ledgerData: (row: ImpactRow) => Record<string, unknown>,
): Promise<ImpactRow> {
  const row = await recordStep(ctx, tx, {
    rows: impactRepository(tx),
    current: cur,
    set: {
      status,
      ...stamp,
    },
    at,
    entityType: 'impact_assessment',
    action: `impact_assessment.${status}`,
    data: ledgerData,
  });
  return row;
}
