// Versions of an AI system's impact assessment (§6.1.4, §8.4): a new draft numbered after the system's earlier
// ones, and a revision that starts the next version from a submitted or approved one.

import {
  AppError,
  assertCan,
  type CreateImpactAssessmentInput,
  CreateImpactAssessmentSchema,
  type ImpactAssessment,
  newId,
  prefillImpactContent,
} from '@openaims/core';
import { tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { inOrg } from '../common/in-org.ts';
import { assertMember } from '../common/members.ts';
import { recordEntity } from '../common/record-entity.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { hydrateOne } from './impact.common.ts';
import { impactRepository } from './impact.repository.ts';
import { initialContent } from './impact-content.ts';
import { getImpactAssessment } from './impact-query.service.ts';
import { replaceImpactRisks } from './impact-risk-links.service.ts';

/** Starts a draft assessment of an AI system at its current version, numbered after the system's earlier ones. */
export async function createImpactAssessment(
  ctx: OrgContext,
  input: CreateImpactAssessmentInput,
): Promise<ImpactAssessment> {
  assertCan(ctx.role, 'impact:create');
  const data = CreateImpactAssessmentSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const { aiSystems } = tables;
    const [sys] = await tx
      .select()
      .from(aiSystems)
      .where(inOrg(aiSystems, ctx.orgId, eq(aiSystems.id, data.aiSystemId)))
      .for('update');
    if (!sys)
      throw new AppError('RULE_VIOLATION', 'Choose an AI system of this organization.', {
        errors: [{ path: 'aiSystemId', message: 'not an AI system of this organization' }],
      });
    // A measure's owner is a person of this organization (tenant isolation, like every ownerId).
    for (const [i, m] of (data.content?.measures ?? []).entries())
      await assertMember(tx, ctx.orgId, m.ownerId, `content.measures.${i}.ownerId`);
    const repo = impactRepository(tx);
    const previous = await repo.ofSystem(ctx.orgId, sys.id);
    const at = new Date();
    const row = await repo.insert({
      id: newId('impactAssessment'),
      organizationId: ctx.orgId,
      aiSystemId: sys.id,
      aiSystemVersion: sys.version,
      title: data.title,
      template: data.template,
      number: (previous[0]?.number ?? 0) + 1,
      status: 'draft',
      // What the inventory already holds is carried over (problem 6 of the first-hour review: the wizard
      // asked for it again); the assessor confirms or edits it.
      content: initialContent(data.template, prefillImpactContent(data.content, sys)),
      nextReviewDate: data.nextReviewDate,
      submittedBy: null,
      submittedAt: null,
      approvedBy: null,
      approvedAt: null,
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
    const out = await hydrateOne(ctx, tx, row);
    return recordEntity(
      ctx,
      tx,
      { action: 'impact_assessment.created', entityType: 'impact_assessment' },
      out,
    );
  });
}

/** Starts the next version from an approved or submitted one (§8.4 re-assessment): a draft copy with its links. */
export async function reviseImpactAssessment(ctx: OrgContext, id: string): Promise<ImpactAssessment> {
  assertCan(ctx.role, 'impact:update');
  const cur = await getImpactAssessment(ctx, id);
  if (cur.status === 'draft')
    throw new AppError('RULE_VIOLATION', 'This assessment is still a draft; edit it instead.');
  return ctx.db.transaction(async (tx) => {
    const next = await createImpactAssessment(
      { ...ctx, db: tx },
      {
        aiSystemId: cur.aiSystemId,
        title: cur.title,
        template: cur.template,
        content: cur.content,
        nextReviewDate: cur.nextReviewDate,
      },
    );
    if (cur.riskIds.length) await replaceImpactRisks(ctx, tx, next.id, cur.riskIds);
    await record(ctx, tx, {
      action: 'impact_assessment.revised',
      entityType: 'impact_assessment',
      entityId: next.id,
      data: { from: cur.id, number: next.number },
    });
    return { ...next, riskIds: cur.riskIds };
  });
}
