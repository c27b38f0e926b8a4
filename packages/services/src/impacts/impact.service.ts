// AI system impact assessments (§6.1.4, §8.4, A.5.2–A.5.5; ISO/IEC 42005; EU AI Act Art. 27): drafted and
// autosaved, submitted when complete, approved by an authority, then frozen; a revision starts the next version.
import {
  AppError,
  assertCan,
  type CreateImpactAssessmentInput,
  CreateImpactAssessmentSchema,
  type CreateRiskInput,
  type ImpactAssessment,
  ImpactContentSchema,
  type ImpactTemplate,
  impactProblems,
  type ListQuery,
  newId,
  type Page,
  type Risk,
  type UpdateImpactAssessmentInput,
  UpdateImpactAssessmentSchema,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq, inArray } from 'drizzle-orm';
import { assertVersion, notFound } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { linkRepository } from '../links/link.repository.ts';
import { createRisk } from '../risks/risk.service.ts';
import { IMPACT_LINK, type ImpactListFilter, type ImpactRow, impactRepository } from './impact.repository.ts';

const by = (ctx: OrgContext) => ctx.actor.userId ?? ctx.actor.id ?? null;

async function loadForChange(
  ctx: OrgContext,
  tx: Db,
  id: string,
  expectedVersion?: number,
): Promise<ImpactRow> {
  const cur = await impactRepository(tx).find(ctx.orgId, id, { forUpdate: true });
  if (!cur) throw notFound('Impact assessment', id);
  assertVersion(expectedVersion, cur.version);
  return cur;
}

async function one(ctx: OrgContext, db: Db, row: ImpactRow): Promise<ImpactAssessment> {
  return (await impactRepository(db).hydrate(ctx.orgId, [row]))[0]!;
}

/** Impact assessments, filterable by AI system, status, and approved ones whose review is due. */
export async function listImpactAssessments(
  ctx: OrgContext,
  query: ListQuery & ImpactListFilter,
): Promise<Page<ImpactAssessment>> {
  assertCan(ctx.role, 'impact:read');
  const repo = impactRepository(ctx.db);
  const page = await repo.list(ctx.orgId, query);
  return { items: await repo.hydrate(ctx.orgId, page.items), nextCursor: page.nextCursor };
}

/** One impact assessment; another organization's id is NOT_FOUND. */
export async function getImpactAssessment(ctx: OrgContext, id: string): Promise<ImpactAssessment> {
  assertCan(ctx.role, 'impact:read');
  const row = await impactRepository(ctx.db).find(ctx.orgId, id);
  if (!row) throw notFound('Impact assessment', id);
  return one(ctx, ctx.db, row);
}

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
      .where(and(eq(aiSystems.organizationId, ctx.orgId), eq(aiSystems.id, data.aiSystemId)))
      .for('update');
    if (!sys)
      throw new AppError('RULE_VIOLATION', 'Choose an AI system of this organization.', {
        errors: [{ path: 'aiSystemId', message: 'not an AI system of this organization' }],
      });
    const repo = impactRepository(tx);
    const previous = await repo.ofSystem(ctx.orgId, sys.id);
    const at = new Date();
    const content =
      data.template === 'eu_fria' && !data.content.fria
        ? ImpactContentSchema.parse({ ...data.content, fria: {} })
        : data.content;
    const row = await repo.insert({
      id: newId('impactAssessment'),
      organizationId: ctx.orgId,
      aiSystemId: sys.id,
      aiSystemVersion: sys.version,
      title: data.title,
      template: data.template,
      number: (previous[0]?.number ?? 0) + 1,
      status: 'draft',
      content,
      nextReviewDate: data.nextReviewDate,
      submittedBy: null,
      submittedAt: null,
      approvedBy: null,
      approvedAt: null,
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
    const out = await one(ctx, tx, row);
    await record(ctx, tx, {
      action: 'impact_assessment.created',
      entityType: 'impact_assessment',
      entityId: out.id,
      data: out,
    });
    return out;
  });
}

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
    if (data.riskIds) {
      const { risks } = tables;
      const found = data.riskIds.length
        ? await tx
            .select({ id: risks.id })
            .from(risks)
            .where(and(eq(risks.organizationId, ctx.orgId), inArray(risks.id, data.riskIds)))
        : [];
      const missing = data.riskIds.filter((r) => !found.some((f) => f.id === r));
      if (missing.length)
        throw new AppError('RULE_VIOLATION', 'Link only risks of this organization.', {
          errors: missing.map((m) => ({ path: 'riskIds', message: `${m} is not a risk here` })),
        });
      const diff = await linkRepository(tx).replace(
        ctx.orgId,
        { type: IMPACT_LINK, id },
        'risk',
        data.riskIds,
        by(ctx),
      );
      if (diff.added.length || diff.removed.length) changes.riskIds = diff;
    }
    const { riskIds: _r, ...fields } = data;
    for (const [k, v] of Object.entries(fields)) {
      const before = cur[k as keyof ImpactRow];
      if (v !== undefined && JSON.stringify(before) !== JSON.stringify(v))
        changes[k] = { from: before, to: v };
    }
    if (Object.keys(changes).length === 0) return one(ctx, tx, cur);
    const row = await impactRepository(tx).update(ctx.orgId, id, {
      ...fields,
      updatedAt: new Date(),
      version: cur.version + 1,
    });
    await record(ctx, tx, {
      action: 'impact_assessment.updated',
      entityType: 'impact_assessment',
      entityId: id,
      data: { version: row.version, changes },
    });
    return one(ctx, tx, row);
  });
}

/** Submits a complete draft for approval; an incomplete one is refused (422) with every missing item named. */
export async function submitImpactAssessment(ctx: OrgContext, id: string): Promise<ImpactAssessment> {
  assertCan(ctx.role, 'impact:update');
  return ctx.db.transaction(async (tx) => {
    const cur = await loadForChange(ctx, tx, id);
    if (cur.status !== 'draft')
      throw new AppError('RULE_VIOLATION', `Only a draft can be submitted; this one is ${cur.status}.`);
    const problems = impactProblems(ImpactContentSchema.parse(cur.content), cur.template as ImpactTemplate);
    if (problems.length)
      throw new AppError(
        'RULE_VIOLATION',
        `The assessment is missing: ${problems.map((p) => p.message).join('; ')}.`,
        { errors: problems },
      );
    const at = new Date();
    const row = await impactRepository(tx).update(ctx.orgId, id, {
      status: 'submitted',
      submittedBy: by(ctx),
      submittedAt: at,
      updatedAt: at,
      version: cur.version + 1,
    });
    await record(ctx, tx, {
      action: 'impact_assessment.submitted',
      entityType: 'impact_assessment',
      entityId: id,
      data: { version: row.version },
    });
    return one(ctx, tx, row);
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
    const row = await repo.update(ctx.orgId, id, {
      status: 'approved',
      approvedBy: by(ctx),
      approvedAt: at,
      updatedAt: at,
      version: cur.version + 1,
    });
    await record(ctx, tx, {
      action: 'impact_assessment.approved',
      entityType: 'impact_assessment',
      entityId: id,
      data: { version: row.version, approvedBy: row.approvedBy },
    });
    return one(ctx, tx, row);
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
    if (cur.riskIds.length)
      await linkRepository(tx).replace(
        ctx.orgId,
        { type: IMPACT_LINK, id: next.id },
        'risk',
        cur.riskIds,
        by(ctx),
      );
    await record(ctx, tx, {
      action: 'impact_assessment.revised',
      entityType: 'impact_assessment',
      entityId: next.id,
      data: { from: cur.id, number: next.number },
    });
    return { ...next, riskIds: cur.riskIds };
  });
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
    await linkRepository(tx).replace(
      ctx.orgId,
      { type: IMPACT_LINK, id },
      'risk',
      [...ia.riskIds, risk.id],
      by(ctx),
    );
    await record(ctx, tx, {
      action: 'impact_assessment.risk_linked',
      entityType: 'impact_assessment',
      entityId: id,
      data: { riskId: risk.id },
    });
    return { ...risk, impactAssessmentIds: [...risk.impactAssessmentIds, id] };
  });
}
