// Task API hooks (§6.1.3 treatment plans, §8.3): list with filters, create, and change with If-Match.
import {
  type CreateTaskInput,
  pageSchema,
  type Task,
  TaskSchema,
  type UpdateTaskInput,
} from '@openaims/core';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { fetchAllPages } from '../../../lib/collection.ts';
import { featureMutation } from '../../../lib/feature-mutation.ts';
import { patchVersion } from '../../../lib/patch-version.ts';

export const taskKeys = { all: (orgId: string) => ['orgs', orgId, 'tasks'] as const };

/** Filters of a task list (the server's query parameters). */
export interface TaskListParams {
  status?: string;
  ownerId?: string;
  kind?: string;
  sourceType?: string;
  sourceId?: string;
  overdue?: 'true';
  sort?: string;
  limit?: number;
}

/**
 * Tasks matching the filters. With `limit` one page (e.g. the first ten of a card, which links to the rest);
 * without, every matching task, following the cursor (a risk's plan, the treatment board's open work).
 */
export const tasksQuery = (orgId: string, { limit, ...params }: TaskListParams = {}) =>
  queryOptions({
    queryKey: [...taskKeys.all(orgId), 'list', { limit, ...params }] as const,
    queryFn: async () =>
      limit
        ? await api.get(`/orgs/${orgId}/tasks`, pageSchema(TaskSchema), { limit, ...params })
        : { ...(await fetchAllPages(`/orgs/${orgId}/tasks`, TaskSchema, params)), nextCursor: null },
  });

/** The risk's history and plan show its treatment tasks, so they refetch too; the mutation settles without waiting. */
const useTaskMutation = featureMutation(
  (orgId) => [taskKeys.all(orgId), ['orgs', orgId, 'risks']],
  'background',
);

export function useCreateTask(orgId: string) {
  return useTaskMutation(orgId, (input: CreateTaskInput) =>
    api.post(`/orgs/${orgId}/tasks`, input, TaskSchema),
  );
}

export function useUpdateTask(orgId: string) {
  return useTaskMutation(
    orgId,
    ({ task, input }: { task: Pick<Task, 'id' | 'version'>; input: UpdateTaskInput }) =>
      patchVersion(`/orgs/${orgId}/tasks/${task.id}`, task.version, input, TaskSchema),
  );
}
