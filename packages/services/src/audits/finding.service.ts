// Audit findings (§9.2.2, §10.2): nonconformities (major, minor), observations and opportunities, linked to the
// requirements and evidence they rest on. A nonconformity finding raises a nonconformity in one step.
import {
  AppError,
  assertCan,
  CreateFindingSchema,
  type Nonconformity,
  ncSeverityOf,
  type RaiseNonconformityInput,
  RaiseNonconformitySchema,
  UpdateFindingSchema,
} from '@openaims/core';
import { tables } from '@openaims/db';
import { createService } from '../common/create-service.ts';
import { recordStep } from '../common/recorded-step.ts';
import { found, readOne, readPage } from '../common/records.ts';
import { assertNoProblems } from '../common/rule-violation.ts';
import { updateService } from '../common/update-service.ts';
import type { OrgContext } from '../context.ts';
import { createNonconformity } from '../improvement/nonconformity.service.ts';
import { auditRepository, toFinding } from './audit.repository.ts';
import { evidenceProblems } from './audit.service.ts';

/** Findings, newest first; filter by audit, kind or status. */
export const listFindings = readPage('finding:read', (db) => auditRepository(db).listFindings, toFinding);

/** One finding. */
export const getFinding = readOne('finding:read', 'Finding', (db) => auditRepository(db).findings, toFinding);

/** Records a finding of an audit that is not cancelled, on one of its checklist items if given. */
export const createFinding = createService({
  permission: 'finding:write',
  schema: CreateFindingSchema,
  check: async (data, ctx) => {
    const repo = auditRepository(ctx.db);
    const audit = await repo.audits.find(ctx.orgId, data.auditId);
    if (!audit)
      assertNoProblems([{ path: 'auditId', message: `no audit ${data.auditId} in this organization` }]);
    if (audit!.status === 'cancelled')
      assertNoProblems([{ path: 'auditId', message: 'this audit was cancelled' }]);
    if (data.checklistItemId) {
      const item = await repo.items.find(ctx.orgId, data.checklistItemId);
      if (!item || item.auditId !== data.auditId)
        assertNoProblems([{ path: 'checklistItemId', message: 'not a checklist item of this audit' }]);
    }
    assertNoProblems(await evidenceProblems(ctx.db, ctx.orgId, data.evidenceIds));
  },
  into: (tx) => auditRepository(tx).findings,
  kind: 'finding',
  entityType: 'finding',
  values: (data) => ({
    ...data,
    status: 'open',
    nonconformityId: null,
    origin: 'internal',
    externalId: null,
  }),
  toEntity: toFinding,
});

/** Changes a finding (send If-Match); one that raised a nonconformity keeps its kind. */
export const updateFinding = updateService({
  permission: 'finding:write',
  schema: UpdateFindingSchema,
  table: tables.findings,
  label: 'Finding',
  entityType: 'finding',
  check: async (cur, data, ctx) => {
    if (cur.status === 'nc_raised' && (data.kind !== undefined || data.status !== undefined))
      assertNoProblems([
        {
          path: 'status',
          message: `nonconformity ${cur.nonconformityId} carries this finding on; follow it there`,
        },
      ]);
    if (data.evidenceIds) assertNoProblems(await evidenceProblems(ctx.db, ctx.orgId, data.evidenceIds));
  },
  toEntity: toFinding,
});

/**
 * `POST …/findings/{id}/nonconformity`: raises a nonconformity (§10.2) from a major or minor finding, with its
 * requirements, description and evidence, in the same transaction that marks the finding; answers the nonconformity.
 */
export async function raiseNonconformity(
  ctx: OrgContext,
  id: string,
  input: RaiseNonconformityInput = {},
): Promise<Nonconformity> {
  assertCan(ctx.role, 'finding:read');
  const data = RaiseNonconformitySchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const repo = auditRepository(tx);
    const f = await found(repo.findings.find(ctx.orgId, id, { forUpdate: true }), 'Finding', id);
    const severity = ncSeverityOf(f.kind);
    if (!severity)
      assertNoProblems([
        {
          path: 'kind',
          message: `an ${f.kind} is not a nonconformity; record it as major_nc or minor_nc first`,
        },
      ]);
    if (f.nonconformityId)
      throw new AppError(
        'RULE_VIOLATION',
        `This finding already raised nonconformity ${f.nonconformityId}.`,
        {
          errors: [{ path: 'nonconformityId', message: f.nonconformityId }],
        },
      );
    const audit = await repo.audits.find(ctx.orgId, f.auditId);
    const nc = await createNonconformity(
      { ...ctx, db: tx },
      {
        title: f.title,
        description: [
          f.description,
          `Raised from finding ${f.id} of audit ${audit?.title ?? f.auditId}.`,
          f.evidenceIds.length ? `Evidence: ${f.evidenceIds.join(', ')}.` : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
        source: 'audit',
        sourceRef: f.id,
        severity: severity!,
        requirementRefs: f.requirementRefs,
        detectedOn: data.detectedOn ?? new Date().toISOString().slice(0, 10),
        ownerId: data.ownerId ?? null,
      },
    );
    await recordStep(ctx, tx, {
      rows: repo.findings,
      current: f,
      set: { status: 'nc_raised', nonconformityId: nc.id },
      entityType: 'finding',
      action: 'finding.nonconformity_raised',
      data: () => ({ nonconformityId: nc.id }),
    });
    return nc;
  });
}
