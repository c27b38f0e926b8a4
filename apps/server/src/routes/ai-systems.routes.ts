// AI systems: the inventory's main collection, plus the EU AI Act classification verb.

import { createRoute } from '@hono/zod-openapi';
import {
  AiSystemFilterSchema,
  AiSystemSchema,
  ClassifyAiSystemSchema,
  CreateAiSystemSchema,
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
  IfMatchHeader,
  json,
  jsonBody,
  ListQuery,
  OrgIdParams,
  parseIfMatch,
} from '../http/openapi-helpers.ts';
import { resourceRoutes, sendEntity } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['ai-systems'];

export function aiSystemsRoutes(route: RouteFn): void {
  resourceRoutes(route, {
    path: 'ai-systems',
    resource: 'ai_system',
    label: 'AI system',
    tags,
    entity: AiSystemSchema,
    list: {
      permission: 'ai_system:read',
      summary: 'AI systems in the inventory',
      query: ListQuery.extend(AiSystemFilterSchema.shape),
      run: listAiSystems,
    },
    create: {
      permission: 'ai_system:create',
      summary: 'Register an AI system (a gated stage needs its deployment-gate items)',
      body: CreateAiSystemSchema,
      run: createAiSystem,
    },
    get: { permission: 'ai_system:read', run: getAiSystem },
    update: { permission: 'ai_system:update', body: UpdateAiSystemSchema, run: updateAiSystem },
    archive: {
      permission: 'ai_system:archive',
      summary: 'Archive an AI system (kept on record, out of the active inventory)',
      run: archiveAiSystem,
    },
  });

  route(
    { scope: 'org', permission: 'ai_system:classify' },
    createRoute({
      method: 'post',
      path: '/api/v1/orgs/{orgId}/ai-systems/{id}/classification',
      tags,
      summary: 'Classify under the EU AI Act from questionnaire answers (the server computes the class)',
      request: { params: OrgIdParams, headers: IfMatchHeader, body: jsonBody(ClassifyAiSystemSchema) },
      responses: { 200: json(AiSystemSchema), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const expected = parseIfMatch(c.req.header('if-match'));
      return sendEntity(c, await classifyAiSystem(c.get('org'), id, c.req.valid('json'), expected), 200);
    },
    { resource: 'ai_system' },
  );
}
