// Tasks (§6.1.3 treatment plans, §8.3, §10.2): one collection for every action with an owner and a due date.
import { createRoute } from '@hono/zod-openapi';
import { CreateTaskSchema, pageSchema, TaskFilterSchema, TaskSchema, UpdateTaskSchema } from '@openaims/core';
import { createTask, getTask, listTasks, updateTask } from '@openaims/services';
import {
  errorResponses,
  etag,
  IfMatchHeader,
  json,
  jsonBody,
  ListQuery,
  OrgIdParams,
  OrgParams,
  parseIfMatch,
} from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['tasks'];
const base = '/api/v1/orgs/{orgId}/tasks';

export function tasksRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'task:read' },
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary:
        'Tasks, filtered by status, owner, kind, source and overdue; sort by dueDate, createdAt or title',
      request: { params: OrgParams, query: ListQuery.extend(TaskFilterSchema.shape) },
      responses: { 200: json(pageSchema(TaskSchema)), ...errorResponses },
    }),
    async (c) => c.json(await listTasks(c.get('org'), c.req.valid('query')), 200),
  );

  route(
    { scope: 'org', permission: 'task:create' },
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'Create a task (a treatment task names its risk as source)',
      request: { params: OrgParams, body: jsonBody(CreateTaskSchema) },
      responses: { 201: json(TaskSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const t = await createTask(c.get('org'), c.req.valid('json'));
      c.header('Location', `/api/v1/orgs/${t.organizationId}/tasks/${t.id}`);
      c.header('ETag', etag(t.version));
      return c.json(t, 201);
    },
  );

  route(
    { scope: 'org', permission: 'task:read' },
    createRoute({
      method: 'get',
      path: `${base}/{id}`,
      tags,
      summary: 'One task',
      request: { params: OrgIdParams },
      responses: { 200: json(TaskSchema), ...errorResponses },
    }),
    async (c) => {
      const t = await getTask(c.get('org'), c.req.valid('param').id);
      c.header('ETag', etag(t.version));
      return c.json(t, 200);
    },
    { resource: 'task' },
  );

  route(
    { scope: 'org', permission: 'task:update' },
    createRoute({
      method: 'patch',
      path: `${base}/{id}`,
      tags,
      summary: 'Change, move or complete a task (send If-Match to guard against lost updates)',
      request: { params: OrgIdParams, headers: IfMatchHeader, body: jsonBody(UpdateTaskSchema) },
      responses: { 200: json(TaskSchema), ...errorResponses },
    }),
    async (c) => {
      const t = await updateTask(
        c.get('org'),
        c.req.valid('param').id,
        c.req.valid('json'),
        parseIfMatch(c.req.header('if-match')),
      );
      c.header('ETag', etag(t.version));
      return c.json(t, 200);
    },
    { resource: 'task' },
  );
}
