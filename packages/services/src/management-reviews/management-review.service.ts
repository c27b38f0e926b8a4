// Management reviews (§9.3): plan a review, preview its §9.3.2 inputs live, freeze them at the meeting as canonical
// JSON with a SHA-256, record decisions whose actions become tasks (§9.3.3), and approve the results (a lead).
import {
  AddReviewDecisionsSchema,
  assertCan,
  assertReviewStep,
  CreateManagementReviewSchema,
  canonicalJson,
  diffReviewInputs,
  type FreezeResult,
  type ManagementReview,
  newId,
  nextReviewDue,
  type ReviewDecision,
  type ReviewDiff,
  type ReviewInputs,
  type ReviewInputsResponse,
  ReviewInputsSchema,
  todayUtc,
  type UpdateManagementReviewInput,
  UpdateManagementReviewSchema,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { actorId } from '../common/actor.ts';
import { commandService } from '../common/command-service.ts';
import { createService } from '../common/create-service.ts';
import { sha256Hex } from '../common/hash.ts';
import { assertMember } from '../common/members.ts';
import { recordStep } from '../common/recorded-step.ts';
import { readPage } from '../common/records.ts';
import { versionedUpdate } from '../common/versioned-update.ts';
import { notFound } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { createTask } from '../tasks/task.service.ts';
import {
  managementReviewRepository,
  type ReviewRow,
  toManagementReview,
} from './management-review.repository.ts';
import { gatherReviewInputs } from './review-inputs.ts';

async function findRow(db: Db, orgId: string, id: string, forUpdate = false): Promise<ReviewRow> {
  const row = await managementReviewRepository(db).rows.find(orgId, id, { forUpdate });
  if (!row) throw notFound('Management review', id);
  return row;
}

/** The review locked for a workflow step, or NOT_FOUND; refused when its status does not allow the step. */
async function lockForStep(
  tx: Db,
  orgId: string,
  id: string,
  step: Parameters<typeof assertReviewStep>[1],
): Promise<ReviewRow> {
  const row = await findRow(tx, orgId, id, true);
  assertReviewStep(row.status as ManagementReview['status'], step);
  return row;
}

async function assertPeople(db: Db, orgId: string, chairId: string | null | undefined, attendees?: string[]) {
  await assertMember(db, orgId, chairId, 'chairId');
  for (const [i, a] of (attendees ?? []).entries()) await assertMember(db, orgId, a, `attendeeIds.${i}`);
}

/** Management reviews, latest planned date first. */
export const listManagementReviews = readPage(
  'management_review:read',
  (db) => managementReviewRepository(db).list,
  toManagementReview,
);

/** One management review; another organization's id is NOT_FOUND. */
export async function getManagementReview(ctx: OrgContext, id: string): Promise<ManagementReview> {
  assertCan(ctx.role, 'management_review:read');
  return toManagementReview(await findRow(ctx.db, ctx.orgId, id));
}

/** Plans a management review (§9.3.1); chair and attendees must be members. */
export const createManagementReview = createService({
  permission: 'management_review:update',
  schema: CreateManagementReviewSchema,
  check: (data, ctx) => assertPeople(ctx.db, ctx.orgId, data.chairId, data.attendeeIds),
  into: (tx) => managementReviewRepository(tx).rows,
  kind: 'managementReview',
  entityType: 'management_review',
  values: (data) => ({
    ...data,
    attendeeIds: [...new Set(data.attendeeIds)],
    status: 'planned',
    decisions: [],
  }),
  toEntity: toManagementReview,
});

/** Changes a planned review's details (send If-Match); a frozen review keeps what the meeting saw. */
export async function updateManagementReview(
  ctx: OrgContext,
  id: string,
  input: UpdateManagementReviewInput,
  expectedVersion?: number,
): Promise<ManagementReview> {
  assertCan(ctx.role, 'management_review:update');
  const data = UpdateManagementReviewSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    await assertPeople(tx, ctx.orgId, data.chairId, data.attendeeIds);
    return versionedUpdate(ctx, tx, {
      table: tables.managementReviews,
      id,
      label: 'Management review',
      entityType: 'management_review',
      expectedVersion,
      changes: { ...data, attendeeIds: data.attendeeIds ? [...new Set(data.attendeeIds)] : undefined },
      toEntity: toManagementReview,
      // Notes stay editable after freezing (the minutes are written during and after the meeting); the rest not.
      check: (cur) => {
        const onlyNotes = Object.keys(data).every((k) => k === 'notes');
        assertReviewStep(cur.status as ManagementReview['status'], onlyNotes ? 'decide' : 'edit');
      },
    });
  });
}

/** The period and predecessors of a review: since the previous frozen review up to `to`. */
async function scopeOf(db: Db, orgId: string, row: ReviewRow, to: Date) {
  const repo = managementReviewRepository(db);
  const previous = await repo.previousFrozen(orgId, row.id, to);
  return {
    reviewId: row.id,
    previousReviewId: previous?.id ?? null,
    earlierReviewIds: await repo.earlierIds(orgId, row.id, to),
    period: { from: previous?.frozenAt?.toISOString() ?? null, to: to.toISOString() },
  };
}

function frozenOf(row: ReviewRow): ReviewInputs | null {
  return row.frozenInputs ? ReviewInputsSchema.parse(JSON.parse(row.frozenInputs)) : null;
}

/** `GET …/{id}/inputs`: the frozen inputs once frozen, otherwise a live preview gathered now (§9.3.2). */
export async function getReviewInputs(ctx: OrgContext, id: string): Promise<ReviewInputsResponse> {
  assertCan(ctx.role, 'management_review:read');
  const row = await findRow(ctx.db, ctx.orgId, id);
  const frozen = frozenOf(row);
  if (frozen && row.inputsSha256) return { frozen: true, inputs: frozen, sha256: row.inputsSha256 };
  const inputs = await gatherReviewInputs(
    ctx.db,
    ctx.orgId,
    await scopeOf(ctx.db, ctx.orgId, row, new Date()),
  );
  return { frozen: false, inputs, sha256: sha256Hex(canonicalJson(inputs)) };
}

/** The stored canonical JSON of a frozen review's inputs, byte for byte as hashed (for verification). */
export async function getFrozenInputsText(ctx: OrgContext, id: string): Promise<string | null> {
  assertCan(ctx.role, 'management_review:read');
  return (await findRow(ctx.db, ctx.orgId, id)).frozenInputs;
}

/**
 * Freezes the inputs at the meeting (§9.3.2): gathered now, stored as canonical JSON with its SHA-256, so later
 * edits to the counted records leave the review's record unchanged. Answers `{inputs, sha256}`.
 */
export async function freezeManagementReview(ctx: OrgContext, id: string): Promise<FreezeResult> {
  assertCan(ctx.role, 'management_review:update');
  return ctx.db.transaction(async (tx) => {
    const row = await lockForStep(tx, ctx.orgId, id, 'freeze');
    const at = new Date();
    const scope = await scopeOf(tx, ctx.orgId, row, at);
    const inputs = await gatherReviewInputs(tx, ctx.orgId, scope);
    const text = canonicalJson(inputs);
    const sha256 = sha256Hex(text);
    await recordStep(ctx, tx, {
      rows: managementReviewRepository(tx).rows,
      current: row,
      set: {
        status: 'frozen',
        frozenInputs: text,
        inputsSha256: sha256,
        previousReviewId: scope.previousReviewId,
        frozenAt: at,
        frozenBy: actorId(ctx),
      },
      at,
      entityType: 'management_review',
      action: 'management_review.frozen',
      data: (r) => ({
        version: r.version,
        sha256,
        previousReviewId: scope.previousReviewId,
        period: scope.period,
      }),
    });
    return { inputs: JSON.parse(text) as ReviewInputs, sha256 };
  });
}

/**
 * Records decisions of the review (§9.3.3); each decision with an action (an owner or due date, or `action: true`)
 * becomes a task of kind `review` whose source is the review, in the same transaction.
 */
export const addReviewDecisions = commandService({
  permission: 'management_review:update',
  schema: AddReviewDecisionsSchema,
  run: async (ctx, tx, id, data): Promise<ManagementReview> => {
    const row = await lockForStep(tx, ctx.orgId, id, 'decide');
    const txCtx = { ...ctx, db: tx };
    const added: ReviewDecision[] = [];
    for (const [i, d] of data.items.entries()) {
      await assertMember(tx, ctx.orgId, d.ownerId, `items.${i}.ownerId`);
      const isAction = d.action ?? (d.ownerId !== null || d.dueDate !== null);
      const task = isAction
        ? await createTask(txCtx, {
            title: d.text.length > 300 ? `${d.text.slice(0, 297)}...` : d.text,
            description: `Action decided at the management review "${row.title}" (§9.3.3).\n\n${d.text}`,
            ownerId: d.ownerId,
            dueDate: d.dueDate,
            kind: 'review',
            source: { entityType: 'management_review', entityId: id },
          })
        : null;
      added.push({
        id: newId('reviewDecision'),
        text: d.text,
        taskId: task?.id ?? null,
        ownerId: d.ownerId,
        dueDate: d.dueDate,
        decidedAt: new Date().toISOString(),
      });
    }
    const updated = await recordStep(ctx, tx, {
      rows: managementReviewRepository(tx).rows,
      current: row,
      set: { decisions: [...row.decisions, ...added] },
      entityType: 'management_review',
      action: 'management_review.decisions_added',
      data: (r) => ({ version: r.version, decisions: added }),
    });
    return toManagementReview(updated);
  },
});

/** Approves the review's results (§9.3.3) — a lead, and only once its inputs are frozen. */
export async function approveManagementReview(ctx: OrgContext, id: string): Promise<ManagementReview> {
  assertCan(ctx.role, 'management_review:approve');
  return ctx.db.transaction(async (tx) => {
    const row = await lockForStep(tx, ctx.orgId, id, 'approve');
    const at = new Date();
    const updated = await recordStep(ctx, tx, {
      rows: managementReviewRepository(tx).rows,
      current: row,
      set: { status: 'approved', approvedAt: at, approvedBy: actorId(ctx) },
      at,
      entityType: 'management_review',
      action: 'management_review.approved',
      data: (r) => ({ version: r.version, sha256: row.inputsSha256, approvedBy: r.approvedBy }),
    });
    return toManagementReview(updated);
  });
}

/**
 * `GET …/{id}/diff`: this review's inputs (frozen, or the live preview) against the previous frozen review's,
 * number by number.
 */
export async function diffManagementReview(ctx: OrgContext, id: string): Promise<ReviewDiff> {
  assertCan(ctx.role, 'management_review:read');
  const row = await findRow(ctx.db, ctx.orgId, id);
  const current = await getReviewInputs(ctx, id);
  const previousId = current.inputs.previousReviewId;
  const previous = previousId ? await findRow(ctx.db, ctx.orgId, previousId) : null;
  return {
    reviewId: row.id,
    previousReviewId: previousId,
    frozen: current.frozen,
    entries: diffReviewInputs(previous ? frozenOf(previous) : null, current.inputs),
  };
}

/** The management-review facts readiness and the dashboard read (§9.3). */
export async function managementReviewSummary(db: Db, orgId: string, today = todayUtc()) {
  const s = await managementReviewRepository(db).summary(orgId, today);
  return { ...s, nextDueOn: nextReviewDue(s.lastApprovedOn, s.nextPlannedOn) };
}
