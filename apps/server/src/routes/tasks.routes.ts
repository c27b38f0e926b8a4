import { CreateTaskSchema, TaskFilterSchema, TaskSchema, UpdateTaskSchema } from '@openaims/core';
import { createTask, getTask, listTasks, updateTask } from '@openaims/services';
import { ListQuery } from '../http/openapi-helpers.ts';
import { resourceRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['tasks'];
const _base = '/api/v1/orgs/{orgId}/tasks';

export function tasksRoutes(route: RouteFn): void {
  resourceRoutes(route, {
    path: 'tasks',
    resource: 'task',
    label: 'task',
    tags,
    entity: TaskSchema,
    list: {
      permission: 'task:read',
      summary:
        'Tasks, filtered by status, owner, kind, source and overdue; sort by dueDate, createdAt or title',
      query: ListQuery.extend(TaskFilterSchema.shape),
      run: listTasks,
    },
    create: {
      permission: 'task:create',
      summary: 'Create a task (a treatment task names its risk as source)',
      body: CreateTaskSchema,
      run: createTask,
    },
    get: { permission: 'task:read', run: getTask },
    update: {
      permission: 'task:update',
      summary: 'Change, move or complete a task (send If-Match to guard against lost updates)',
      body: UpdateTaskSchema,
      run: updateTask,
    },
  });
}
