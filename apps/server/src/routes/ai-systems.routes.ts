// AI systems: the model every collection's routes follow.

import { createRoute } from '@hono/zod-openapi';
import {
  AiSystemFilterSchema,
  AiSystemSchema,
  ClassifyAiSystemSchema,
  CreateAiSystemSchema,
  pageSchema,
  UpdateAiSystemSchema,
} from '@openaims/core';
import {
  archiveAiSystem,
  classifyAiSystem,
  createAiSystem,
  getAiSystem,
  listAiSystems,
  updateAiSystem,
} from '@openaims/services';
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

const tags = ['ai-systems'];
const base = '/api/v1/orgs/{orgId}/ai-systems';

export function aiSystemsRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'ai_system:read' },
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'AI systems in the inventory',
      request: { params: OrgParams, query: ListQuery.extend(AiSystemFilterSchema.shape) },
      responses: { 200: json(pageSchema(AiSystemSchema)), ...errorResponses },
    }),
    async (c) => c.json(await listAiSystems(c.get('org'), c.req.valid('query')), 200),
  );

  route(
    { scope: 'org', permission: 'ai_system:create' },
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'Register an AI system',
      request: { params: OrgParams, body: jsonBody(CreateAiSystemSchema) },
      responses: { 201: json(AiSystemSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const s = await createAiSystem(c.get('org'), c.req.valid('json'));
      c.header('Location', `/api/v1/orgs/${s.organizationId}/ai-systems/${s.id}`);
      c.header('ETag', etag(s.version));
      return c.json(s, 201);
    },
  );

  route(
    { scope: 'org', permission: 'ai_system:read' },
    createRoute({
      method: 'get',
      path: `${base}/{id}`,
      tags,
      summary: 'One AI system',
      request: { params: OrgIdParams },
      responses: { 200: json(AiSystemSchema), ...errorResponses },
    }),
    async (c) => {
      const s = await getAiSystem(c.get('org'), c.req.valid('param').id);
      c.header('ETag', etag(s.version));
      return c.json(s, 200);
    },
    { resource: 'ai_system' },
  );

  route(
    { scope: 'org', permission: 'ai_system:update' },
    createRoute({
      method: 'patch',
      path: `${base}/{id}`,
      tags,
      summary: 'Change an AI system (send If-Match to guard against lost updates)',
      request: { params: OrgIdParams, headers: IfMatchHeader, body: jsonBody(UpdateAiSystemSchema) },
      responses: { 200: json(AiSystemSchema), ...errorResponses },
    }),
    async (c) => {
      const s = await updateAiSystem(
        c.get('org'),
        c.req.valid('param').id,
        c.req.valid('json'),
        parseIfMatch(c.req.header('if-match')),
      );
      c.header('ETag', etag(s.version));
      return c.json(s, 200);
    },
    { resource: 'ai_system' },
  );

  route(
    { scope: 'org', permission: 'ai_system:archive' },
    createRoute({
      method: 'delete',
      path: `${base}/{id}`,
      tags,
      summary: 'Archive an AI system (kept on record, out of the active inventory)',
      request: { params: OrgIdParams },
      responses: { 204: { description: 'Archived' }, ...errorResponses },
    }),
    async (c) => {
      await archiveAiSystem(c.get('org'), c.req.valid('param').id);
      return c.body(null, 204);
    },
    { resource: 'ai_system' },
  );

  route(
    { scope: 'org', permission: 'ai_system:classify' },
    createRoute({
      method: 'post',
      path: `${base}/{id}/classification`,
      tags,
      summary: 'Classify under the EU AI Act from questionnaire answers (the server computes the class)',
      request: { params: OrgIdParams, headers: IfMatchHeader, body: jsonBody(ClassifyAiSystemSchema) },
      responses: { 200: json(AiSystemSchema), ...errorResponses },
    }),
    async (c) => {
      const s = await classifyAiSystem(
        c.get('org'),
        c.req.valid('param').id,
        c.req.valid('json'),
        parseIfMatch(c.req.header('if-match')),
      );
      c.header('ETag', etag(s.version));
      return c.json(s, 200);
    },
    { resource: 'ai_system' },
  );
}
