// Tasks (§6.1.3 treatment plans, §8.3, §10.2): create, change and complete actions with an owner and a due date.
// Every change is one transaction with its ledger entry; a task's source must belong to the same organization.
import {
  AppError,
  assertCan,
  type CreateTaskInput,
  CreateTaskSchema,
  canTransition,
  type FieldError,
  type ListQuery,
  newId,
  type Page,
  sourceProblems,
  type Task,
  type TaskFilter,
  type TaskSource,
  todayUtc,
  type UpdateTaskInput,
  UpdateTaskSchema,
} from '@openaims/core';
import type { Db } from '@openaims/db';
import { actorId } from '../common/actor.ts';
import { lockForChange } from '../common/lock-for-change.ts';
import { isMember } from '../common/members.ts';
import { readOneLoaded } from '../common/records.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { type TaskInsert, type TaskRow, taskRepository, toTask } from './task.repository.ts';
import { sourceTitles } from './task-sources.ts';

/** Rows → API shape with the titles of their sources. */
export async function hydrateTasks(db: Db, orgId: string, rows: TaskRow[]): Promise<Task[]> {
  const today = todayUtc();
  const sources = rows.flatMap((r) =>
    r.sourceType && r.sourceId
      ? [{ entityType: r.sourceType as TaskSource['entityType'], entityId: r.sourceId }]
      : [],
  );
  const titles = await sourceTitles(db, orgId, sources);
  return rows.map((r) => toTask(r, titles.get(`${r.sourceType}:${r.sourceId}`) ?? null, today));
}

async function assertOwner(db: Db, orgId: string, ownerId: string | null | undefined, errors: FieldError[]) {
  if (ownerId && !(await isMember(db, orgId, ownerId)))
    errors.push({ path: 'ownerId', message: 'not a member of this organization' });
}

function refuse(errors: FieldError[]): void {
  if (errors.length)
    throw new AppError('RULE_VIOLATION', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
}

/** Tasks filtered by status, owner, kind, source and overdue, searched by `q`, keyset-paginated. */
export async function listTasks(ctx: OrgContext, query: ListQuery & TaskFilter): Promise<Page<Task>> {
  assertCan(ctx.role, 'task:read');
  const page = await taskRepository(ctx.db).list(ctx.orgId, query, todayUtc());
  return { items: await hydrateTasks(ctx.db, ctx.orgId, page.items), nextCursor: page.nextCursor };
}

/** One task; another organization's id is NOT_FOUND. */
export const getTask = readOneLoaded(
  'task:read',
  'Task',
  taskRepository,
  async (ctx, row): Promise<Task> => (await hydrateTasks(ctx.db, ctx.orgId, [row]))[0]!,
);

/** Creates a task; its owner must be a member and its source an entity of the organization. */
export async function createTask(ctx: OrgContext, input: CreateTaskInput): Promise<Task> {
  assertCan(ctx.role, 'task:create');
  const data = CreateTaskSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const errors = sourceProblems(data.kind, data.source);
    await assertOwner(tx, ctx.orgId, data.ownerId, errors);
    if (data.source) {
      const found = await sourceTitles(tx, ctx.orgId, [data.source]);
      if (!found.size)
        errors.push({
          path: 'source.entityId',
          message: `not a ${data.source.entityType} of this organization`,
        });
    }
    refuse(errors);
    const at = new Date();
    const row = await taskRepository(tx).insert({
      id: newId('task'),
      organizationId: ctx.orgId,
      title: data.title,
      description: data.description,
      ownerId: data.ownerId,
      dueDate: data.dueDate,
      status: data.status,
      kind: data.kind,
      sourceType: data.source?.entityType ?? null,
      sourceId: data.source?.entityId ?? null,
      completedAt: data.status === 'done' ? at : null,
      completedBy: data.status === 'done' ? actorId(ctx) : null,
      createdBy: actorId(ctx),
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
    const task = (await hydrateTasks(tx, ctx.orgId, [row]))[0]!;
    await record(ctx, tx, { action: 'task.created', entityType: 'task', entityId: task.id, data: task });
    return task;
  });
}

/**
 * Changes a task. Moving to `done` records who completed it and when (`task.completed` in the ledger); leaving
 * `done` clears that. Status moves follow `canTransition`.
 */
export async function updateTask(
  ctx: OrgContext,
  id: string,
  input: UpdateTaskInput,
  expectedVersion?: number,
): Promise<Task> {
  assertCan(ctx.role, 'task:update');
  const data = UpdateTaskSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const repo = taskRepository(tx);
    const cur = await lockForChange(repo, ctx.orgId, id, 'Task', expectedVersion);
    const errors: FieldError[] = [];
    if (data.status && !canTransition(cur.status as Task['status'], data.status))
      errors.push({ path: 'status', message: `a ${cur.status} task cannot move to ${data.status}` });
    await assertOwner(tx, ctx.orgId, data.ownerId, errors);
    refuse(errors);
    const set: Partial<TaskInsert> = { ...data };
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [k, v] of Object.entries(data) as [keyof typeof data, unknown][]) {
      if (cur[k] !== v) changes[k] = { from: cur[k], to: v };
    }
    if (Object.keys(changes).length === 0) return (await hydrateTasks(tx, ctx.orgId, [cur]))[0]!;
    const completed = 'status' in changes && data.status === 'done';
    if (completed) Object.assign(set, { completedAt: new Date(), completedBy: actorId(ctx) });
    else if ('status' in changes) Object.assign(set, { completedAt: null, completedBy: null });
    const row = await repo.update(ctx.orgId, id, { ...set, updatedAt: new Date(), version: cur.version + 1 });
    await record(ctx, tx, {
      action: completed ? 'task.completed' : 'task.updated',
      entityType: 'task',
      entityId: id,
      data: {
        version: row.version,
        changes,
        source: cur.sourceType ? { type: cur.sourceType, id: cur.sourceId } : null,
      },
    });
    return (await hydrateTasks(tx, ctx.orgId, [row]))[0]!;
  });
}
