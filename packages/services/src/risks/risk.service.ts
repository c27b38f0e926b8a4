// The AI risk register (§6.1.2 assessment, §6.1.3 treatment, §8.2–8.3): every change is one transaction with
// its ledger entry, which names each changed field (the per-field history of a risk).
import {
  AppError,
  assertCan,
  type CreateRiskInput,
  CreateRiskSchema,
  isReassessment,
  isWithinAppetite,
  type LedgerEntry,
  type ListQuery,
  newId,
  type Page,
  type Risk,
  type RiskFilter,
  type UpdateRiskInput,
  UpdateRiskSchema,
} from '@openaims/core';
import { actorId } from '../common/actor.ts';
import { collectionRevision } from '../common/collection-revision.ts';
import { lockForChange } from '../common/lock-for-change.ts';
import { recordStep } from '../common/recorded-step.ts';
import { readOneLoaded } from '../common/records.ts';
import { notFound } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { listLedger, record } from '../ledger/ledger.service.ts';
import { linkRepository } from '../links/link.repository.ts';
import { RISK_LINK, type RiskRow, riskRepository } from './risk.repository.ts';
import { assertRiskRefs, scoreRisk } from './risk-checks.ts';
import { currentRiskCriteria, riskCriteriaById } from './risk-criteria.service.ts';

/** The register, filterable by system, level, status, treatment, source, control and re-assessment flag. */
export async function listRisks(ctx: OrgContext, query: ListQuery & RiskFilter): Promise<Page<Risk>> {
  assertCan(ctx.role, 'risk:read');
  return riskRepository(ctx.db).list(ctx.orgId, query);
}

/**
 * The register's revision (risks, their links, their criteria's appetite): equal revisions, equal `listRisks`
 * answers for equal queries, so the HTTP layer may serve a serialized page again (issue 17).
 */
export function risksRevision(ctx: OrgContext): Promise<string> {
  assertCan(ctx.role, 'risk:read');
  return collectionRevision(ctx.db, ctx.orgId, 'risks');
}

/** One risk; another organization's id is NOT_FOUND. */
export const getRisk = readOneLoaded(
  'risk:read',
  'Risk',
  riskRepository,
  async (ctx, row): Promise<Risk> => (await riskRepository(ctx.db).hydrate(ctx.orgId, [row]))[0]!,
);

/** Registers a risk, scored by the server under the current criteria, its controls linked to the SoA. */
export async function createRisk(ctx: OrgContext, input: CreateRiskInput): Promise<Risk> {
  assertCan(ctx.role, 'risk:create');
  const data = CreateRiskSchema.parse(input);
  if (data.status === 'closed') assertCan(ctx.role, 'risk:close');
  const criteria = await currentRiskCriteria(ctx.db, ctx.orgId);
  return ctx.db.transaction(async (tx) => {
    await assertRiskRefs(tx, ctx.orgId, data);
    const at = new Date();
    const { controlRefs, ...fields } = data;
    const repo = riskRepository(tx);
    const row = await repo.insert({
      ...fields,
      ...scoreRisk(criteria, data),
      id: newId('risk'),
      organizationId: ctx.orgId,
      treatmentApprovedBy: null,
      treatmentApprovedAt: null,
      acceptedBy: null,
      acceptedAt: null,
      acceptanceNote: '',
      needsReassessment: false,
      reassessmentReason: '',
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
    await linkRepository(tx).replace(
      ctx.orgId,
      { type: RISK_LINK.type, id: row.id },
      RISK_LINK.control,
      controlRefs,
      actorId(ctx),
    );
    const risk = (await repo.hydrate(ctx.orgId, [row]))[0]!;
    await record(ctx, tx, { action: 'risk.created', entityType: 'risk', entityId: risk.id, data: risk });
    return risk;
  });
}

// Changing any of these after approval voids the plan's approval: it was given for a chosen option and controls.
const PLAN_FIELDS = ['treatmentOption', 'controlRefs', 'ownControls'];

// Changing any of these after acceptance voids the acceptance: it was given for a specific residual risk (§6.1.3).
const TREATMENT_FIELDS = [
  'likelihood',
  'consequence',
  'treatmentOption',
  'residualLikelihood',
  'residualConsequence',
  'controlRefs',
  'ownControls',
];

/**
 * Changes a risk. A re-assessment (core `isReassessment`: a changed rating, or ratings confirmed on a flagged risk)
 * scores under the current criteria and clears the §8.2 flag; otherwise the risk keeps the criteria version it
 * was assessed under, and ratings sent unchanged (a form re-sending what it showed) change nothing.
 */
export async function updateRisk(
  ctx: OrgContext,
  id: string,
  input: UpdateRiskInput,
  expectedVersion?: number,
): Promise<Risk> {
  assertCan(ctx.role, 'risk:update');
  const data = UpdateRiskSchema.parse(input);
  const current = await currentRiskCriteria(ctx.db, ctx.orgId);
  return ctx.db.transaction(async (tx) => {
    const repo = riskRepository(tx);
    const cur = await lockForChange(repo, ctx.orgId, id, 'Risk', expectedVersion);
    if (
      data.status !== undefined &&
      data.status !== cur.status &&
      (data.status === 'closed' || cur.status === 'closed')
    )
      assertCan(ctx.role, 'risk:close');
    await assertRiskRefs(tx, ctx.orgId, data);
    const { controlRefs, ...fields } = data;
    const reassessed = isReassessment(cur, data);
    const criteria = reassessed ? current : await riskCriteriaById(tx, ctx.orgId, cur.criteriaId);
    const merged = { ...cur, ...fields };
    const scores = scoreRisk(criteria, merged);
    const set: Partial<RiskRow> = { ...fields, ...scores };
    if (reassessed) Object.assign(set, { needsReassessment: false, reassessmentReason: '' });

    const changes: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(set) as [keyof RiskRow, unknown][]) {
      if (JSON.stringify(cur[k]) !== JSON.stringify(v)) changes[k] = { from: cur[k], to: v };
    }
    if (controlRefs) {
      const diff = await linkRepository(tx).replace(
        ctx.orgId,
        { type: RISK_LINK.type, id },
        RISK_LINK.control,
        controlRefs,
        actorId(ctx),
      );
      if (diff.added.length || diff.removed.length) changes.controlRefs = diff;
    }
    if (Object.keys(changes).length === 0) return (await repo.hydrate(ctx.orgId, [cur]))[0]!;
    if (cur.treatmentApprovedAt && PLAN_FIELDS.some((f) => f in changes)) {
      Object.assign(set, { treatmentApprovedBy: null, treatmentApprovedAt: null });
      changes.treatmentApproval = {
        from: { by: cur.treatmentApprovedBy, at: cur.treatmentApprovedAt.toISOString() },
        to: null,
      };
    }
    if (cur.acceptedAt && TREATMENT_FIELDS.some((f) => f in changes)) {
      Object.assign(set, {
        acceptedBy: null,
        acceptedAt: null,
        acceptanceNote: '',
        status: data.status ?? 'treating',
      });
      changes.acceptance = { from: { by: cur.acceptedBy, at: cur.acceptedAt.toISOString() }, to: null };
    }
    const row = await recordStep(ctx, tx, {
      rows: repo,
      current: cur,
      set,
      entityType: 'risk',
      action: reassessed ? 'risk.reassessed' : 'risk.updated',
      data: (row) => ({ version: row.version, changes }),
    });
    return (await repo.hydrate(ctx.orgId, [row]))[0]!;
  });
}

/**
 * Accepts the residual risk (§6.1.3), recording who and when. Only roles with `risk:accept`, only after the
 * treatment plan is approved; a residual risk above the appetite needs a written justification.
 */
export async function acceptRisk(ctx: OrgContext, id: string, input: { note?: string } = {}): Promise<Risk> {
  assertCan(ctx.role, 'risk:accept');
  const note = (input.note ?? '').trim();
  return ctx.db.transaction(async (tx) => {
    const repo = riskRepository(tx);
    const cur = await repo.find(ctx.orgId, id, { forUpdate: true });
    if (!cur) throw notFound('Risk', id);
    if (!cur.treatmentOption) {
      throw new AppError('RULE_VIOLATION', 'Choose a treatment option before accepting the residual risk.', {
        errors: [{ path: 'treatmentOption', message: 'required before acceptance' }],
      });
    }
    if (cur.residualScore === null && cur.treatmentOption !== 'accept') {
      throw new AppError(
        'RULE_VIOLATION',
        'Rate the residual likelihood and consequence before accepting the residual risk.',
        {
          errors: [{ path: 'residualLikelihood', message: 'required before acceptance' }],
        },
      );
    }
    if (!cur.treatmentApprovedAt) {
      throw new AppError('RULE_VIOLATION', 'Approve the treatment plan before accepting the residual risk.', {
        errors: [{ path: 'treatmentApprovedAt', message: 'the treatment plan is not approved' }],
      });
    }
    const criteria = await riskCriteriaById(tx, ctx.orgId, cur.criteriaId);
    const score = cur.residualScore ?? cur.inherentScore;
    if (!isWithinAppetite(criteria, score) && note === '') {
      throw new AppError(
        'RULE_VIOLATION',
        `The residual score ${score} is above the risk appetite (${criteria.appetite}); say why it is accepted.`,
        {
          errors: [{ path: 'note', message: 'a justification is required above the appetite' }],
        },
      );
    }
    const at = new Date();
    const row = await recordStep(ctx, tx, {
      rows: repo,
      current: cur,
      set: {
        acceptedBy: actorId(ctx),
        acceptedAt: at,
        acceptanceNote: note,
        status: 'accepted',
      },
      at,
      entityType: 'risk',
      action: 'risk.accepted',
      data: (row) => ({
        version: row.version,
        acceptedBy: row.acceptedBy,
        residualScore: score,
        criteriaVersion: cur.criteriaVersion,
        note,
        aboveAppetite: !isWithinAppetite(criteria, score),
        changes: {
          status: { from: cur.status, to: 'accepted' },
          acceptedBy: { from: cur.acceptedBy, to: row.acceptedBy },
        },
      }),
    });
    return (await repo.hydrate(ctx.orgId, [row]))[0]!;
  });
}

/** The ledger entries of one risk, newest first: its per-field history. */
export async function riskHistory(ctx: OrgContext, id: string, query: ListQuery): Promise<Page<LedgerEntry>> {
  await getRisk(ctx, id);
  return listLedger(ctx, { ...query, entityType: 'risk', entityId: id });
}
