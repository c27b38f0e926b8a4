// Nonconformities and corrective actions (§10.2): record, correct, find the cause, act, check effectiveness,
// close. The working status follows the actions; closing is a lead's decision the core rule must allow.
import {
  AppError,
  assertCan,
  type CorrectiveAction,
  type CreateCorrectiveActionInput,
  CreateCorrectiveActionSchema,
  CreateNonconformitySchema,
  closeProblems,
  EffectivenessCheckSchema,
  type Nonconformity,
  ncStatusFromActions,
  type UpdateCorrectiveActionInput,
  UpdateCorrectiveActionSchema,
  UpdateNonconformitySchema,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { actorId } from '../common/actor.ts';
import { commandService } from '../common/command-service.ts';
import { createService } from '../common/create-service.ts';
import { assertMember } from '../common/members.ts';
import { recordStep } from '../common/recorded-step.ts';
import { createRecord, found, readOne, readPage } from '../common/records.ts';
import { assertNoProblems } from '../common/rule-violation.ts';
import { updateService } from '../common/update-service.ts';
import { versionedUpdate } from '../common/versioned-update.ts';
import { notFound } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import {
  improvementRepository,
  type NcRow,
  toCorrectiveAction,
  toNonconformity,
} from './improvement.repository.ts';

/** Refuses changes to a closed nonconformity (§10.2: a recurrence is a new nonconformity). */
function assertOpen(nc: NcRow): void {
  if (nc.status === 'closed')
    throw new AppError(
      'RULE_VIOLATION',
      'This nonconformity is closed; raise a new one if the problem came back.',
    );
}

async function openNc(db: Db, orgId: string, id: string): Promise<NcRow> {
  const nc = await improvementRepository(db).ncs.find(orgId, id, { forUpdate: true });
  if (!nc) throw notFound('Nonconformity', id);
  assertOpen(nc);
  return nc;
}

/** Moves the nonconformity's working status to follow its actions (never reopens a closed one). */
async function syncStatus(ctx: OrgContext, tx: Db, nc: NcRow): Promise<void> {
  const repo = improvementRepository(tx);
  const status = ncStatusFromActions(await repo.actionsOf(ctx.orgId, [nc.id]));
  if (status === nc.status) return;
  await recordStep(ctx, tx, {
    rows: repo.ncs,
    current: nc,
    set: { status },
    entityType: 'nonconformity',
    action: 'nonconformity.status_changed',
    data: () => ({ from: nc.status, to: status }),
  });
}

/** Nonconformities, newest first; `open=true` for those not yet closed. */
export const listNonconformities = readPage(
  'improvement:read',
  (db) => improvementRepository(db).listNcs,
  toNonconformity,
);

/** One nonconformity. */
export const getNonconformity = readOne(
  'improvement:read',
  'Nonconformity',
  (db) => improvementRepository(db).ncs,
  toNonconformity,
);

/** Records a nonconformity (§10.2). */
export const createNonconformity = createService({
  permission: 'nonconformity:create',
  schema: CreateNonconformitySchema,
  check: (data, ctx) => assertMember(ctx.db, ctx.orgId, data.ownerId),
  into: (tx) => improvementRepository(tx).ncs,
  kind: 'nonconformity',
  entityType: 'nonconformity',
  values: (data) => ({
    ...data,
    status: 'open',
    closedAt: null,
    closedBy: null,
  }),
  toEntity: toNonconformity,
});

/** Changes what is known about a nonconformity: correction, root cause, owner, severity. */
export const updateNonconformity = updateService({
  permission: 'nonconformity:update',
  schema: UpdateNonconformitySchema,
  table: tables.nonconformities,
  label: 'Nonconformity',
  entityType: 'nonconformity',
  check: async (cur, data, ctx) => {
    assertOpen(cur);
    if (data.ownerId !== undefined) await assertMember(ctx.db, ctx.orgId, data.ownerId);
  },
  toEntity: toNonconformity,
});

/** Closes a nonconformity once the core rule allows it (§10.2 a–e), recording who and when. */
export async function closeNonconformity(ctx: OrgContext, id: string): Promise<Nonconformity> {
  assertCan(ctx.role, 'nonconformity:close');
  return ctx.db.transaction(async (tx) => {
    const cur = await openNc(tx, ctx.orgId, id);
    assertNoProblems(closeProblems(cur, await improvementRepository(tx).actionsOf(ctx.orgId, [id])));
    const row = await recordStep(ctx, tx, {
      rows: improvementRepository(tx).ncs,
      current: cur,
      set: { status: 'closed', closedAt: new Date(), closedBy: actorId(ctx) },
      entityType: 'nonconformity',
      action: 'nonconformity.closed',
    });
    return toNonconformity(row);
  });
}

/** Corrective actions of one nonconformity, oldest first. */
export async function listCorrectiveActions(
  ctx: OrgContext,
  nonconformityId: string,
): Promise<{ items: CorrectiveAction[] }> {
  assertCan(ctx.role, 'improvement:read');
  const repo = improvementRepository(ctx.db);
  if (!(await repo.ncs.find(ctx.orgId, nonconformityId))) throw notFound('Nonconformity', nonconformityId);
  return { items: (await repo.actionsOf(ctx.orgId, [nonconformityId])).map(toCorrectiveAction) };
}

/** Plans an action to remove the cause (§10.2 c). */
export async function createCorrectiveAction(
  ctx: OrgContext,
  input: CreateCorrectiveActionInput,
): Promise<CorrectiveAction> {
  assertCan(ctx.role, 'nonconformity:update');
  const data = CreateCorrectiveActionSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const nc = await openNc(tx, ctx.orgId, data.nonconformityId);
    await assertMember(tx, ctx.orgId, data.ownerId);
    const ca = await createRecord(ctx, tx, {
      into: improvementRepository(tx).actions,
      kind: 'correctiveAction',
      entityType: 'corrective_action',
      values: {
        ...data,
        status: 'open',
        completedAt: null,
        effective: null,
        effectivenessNote: '',
        checkedAt: null,
        checkedBy: null,
      },
      toEntity: toCorrectiveAction,
    });
    await syncStatus(ctx, tx, nc);
    return ca;
  });
}

/** Changes an action; marking it done records when. */
export async function updateCorrectiveAction(
  ctx: OrgContext,
  id: string,
  input: UpdateCorrectiveActionInput,
  expectedVersion?: number,
): Promise<CorrectiveAction> {
  assertCan(ctx.role, 'nonconformity:update');
  const data = UpdateCorrectiveActionSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    let nc: NcRow | undefined;
    const ca = await versionedUpdate(ctx, tx, {
      table: tables.correctiveActions,
      id,
      label: 'Corrective action',
      entityType: 'corrective_action',
      expectedVersion,
      changes: data,
      toEntity: toCorrectiveAction,
      check: async (cur) => {
        nc = await openNc(tx, ctx.orgId, cur.nonconformityId);
        if (data.ownerId !== undefined) await assertMember(tx, ctx.orgId, data.ownerId);
      },
      derive: (cur) => ({
        // A check applies to the action as it was; reopening it sends it back for checking.
        ...(data.status && data.status !== 'done'
          ? { effective: null, effectivenessNote: '', checkedAt: null, checkedBy: null }
          : {}),
        completedAt:
          data.status === undefined
            ? cur.completedAt
            : data.status === 'done'
              ? (cur.completedAt ?? new Date())
              : null,
      }),
    });
    if (nc) await syncStatus(ctx, tx, nc);
    return ca;
  });
}

/** Records whether a done action removed the cause (§10.2 d), by a lead, with who and when. */
export const checkCorrectiveAction = commandService({
  permission: 'nonconformity:close',
  schema: EffectivenessCheckSchema,
  run: async (ctx, tx, id, data): Promise<CorrectiveAction> => {
    const repo = improvementRepository(tx);
    const cur = await found(repo.actions.find(ctx.orgId, id, { forUpdate: true }), 'Corrective action', id);
    await openNc(tx, ctx.orgId, cur.nonconformityId);
    if (cur.status !== 'done')
      assertNoProblems([{ path: 'status', message: 'only a done action can be checked for effectiveness' }]);
    const at = new Date();
    const row = await recordStep(ctx, tx, {
      rows: repo.actions,
      current: cur,
      set: {
        effective: data.effective,
        effectivenessNote: data.note,
        checkedAt: at,
        checkedBy: actorId(ctx),
      },
      at,
      entityType: 'corrective_action',
      action: 'corrective_action.checked',
      data: () => ({ effective: data.effective, note: data.note }),
    });
    return toCorrectiveAction(row);
  },
});
