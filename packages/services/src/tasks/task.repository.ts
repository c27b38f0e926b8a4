// Data access for tasks. Every query takes the organization id.
import {
  isOverdue,
  type ListQuery,
  type Page,
  type TASK_SORTS,
  type Task,
  type TaskFilter,
  type TaskKind,
  type TaskSourceType,
  type TaskStatus,
  todayUtc,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq, gte, isNull, lt, notInArray, or } from 'drizzle-orm';
import { anyOf } from '../common/any-of.ts';
import { inOrg } from '../common/in-org.ts';
import { eqIf, tenantPage } from '../common/list-page.ts';
import { tenantTable } from '../common/tenant-table.ts';
import { iso } from '../common/time.ts';

const { tasks } = tables;
export type TaskRow = typeof tasks.$inferSelect;
export type TaskInsert = typeof tasks.$inferInsert;

/** Queries on the `tasks` table, scoped to one organization. */
export function taskRepository(db: Db) {
  return {
    ...tenantTable(db, tasks),

    async list(orgId: string, query: ListQuery & TaskFilter, today: string): Promise<Page<TaskRow>> {
      const statuses = query.status?.split(',') as TaskStatus[] | undefined;
      return tenantPage<typeof tasks, (typeof TASK_SORTS)[number]>(db, tasks, orgId, query, {
        sortable: { dueDate: tasks.dueSort, createdAt: tasks.createdAt, title: tasks.title },
        defaultSort: { field: 'createdAt', desc: true },
        searchColumns: [tasks.title, tasks.description],
        sortValue: (r, f) => (f === 'dueDate' ? r.dueSort : r[f]),
        filters: [
          statuses ? anyOf(tasks.status, statuses) : undefined,
          eqIf(tasks.ownerId, query.ownerId),
          eqIf(tasks.kind, query.kind),
          eqIf(tasks.sourceType, query.sourceType),
          eqIf(tasks.sourceId, query.sourceId),
          query.overdue === 'true'
            ? and(anyOf(tasks.status, ['open', 'in_progress']), lt(tasks.dueDate, today))
            : query.overdue === 'false'
              ? or(
                  notInArray(tasks.status, ['open', 'in_progress']),
                  isNull(tasks.dueDate),
                  gte(tasks.dueDate, today),
                )
              : undefined,
        ],
      });
    },

    /** Every task of one source entity, oldest first (exports, the risk's treatment plan). */
    async listBySource(orgId: string, type: TaskSourceType, ids: string[]): Promise<TaskRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(tasks)
        .where(inOrg(tasks, orgId, eq(tasks.sourceType, type), anyOf(tasks.sourceId, ids)))
        .orderBy(tasks.createdAt, tasks.id);
    },
  };
}

/** A row in the API shape; `overdue` against today (UTC) unless given. */
export function toTask(r: TaskRow, sourceTitle: string | null, today: string = todayUtc()): Task {
  const status = r.status as TaskStatus;
  return {
    id: r.id,
    organizationId: r.organizationId,
    title: r.title,
    description: r.description,
    ownerId: r.ownerId,
    dueDate: r.dueDate,
    status,
    kind: r.kind as TaskKind,
    source:
      r.sourceType && r.sourceId
        ? { entityType: r.sourceType as TaskSourceType, entityId: r.sourceId }
        : null,
    sourceTitle,
    overdue: isOverdue({ status, dueDate: r.dueDate }, today),
    completedAt: iso(r.completedAt),
    completedBy: r.completedBy,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}
