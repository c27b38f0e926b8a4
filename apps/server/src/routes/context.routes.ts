// Context of the organization (§4.1, §4.2): the issues and interested-parties register and the AI roles profile.
import { createRoute } from '@hono/zod-openapi';
import {
  ContextItemSchema,
  ContextListQuerySchema,
  ContextProfileSchema,
  CreateContextItemSchema,
  UpdateContextItemSchema,
  UpdateContextProfileSchema,
} from '@openaims/core';
import {
  archiveContextItem,
  createContextItem,
  getContextItem,
  getContextProfile,
  listContextItems,
  updateContextItem,
  updateContextProfile,
} from '@openaims/services';
import {
  errorResponses,
  IfMatchHeader,
  json,
  jsonBody,
  OrgParams,
  parseIfMatch,
} from '../http/openapi-helpers.ts';
import { resourceRoutes, sendEntity } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['context'];
const _base = '/api/v1/orgs/{orgId}/context';

export function contextRoutes(route: RouteFn): void {
  resourceRoutes(route, {
    path: 'context',
    resource: 'context_item',
    label: 'issue or interested party',
    tags,
    entity: ContextItemSchema,
    list: {
      permission: 'context:read',
      summary: 'Internal and external issues and interested parties (§4.1, §4.2)',
      query: ContextListQuerySchema,
      run: listContextItems,
    },
    create: {
      permission: 'context:update',
      summary: 'Record an issue or an interested party with its requirements',
      body: CreateContextItemSchema,
      run: createContextItem,
    },
    get: { permission: 'context:read', run: getContextItem },
    update: { permission: 'context:update', body: UpdateContextItemSchema, run: updateContextItem },
    archive: { permission: 'context:update', run: archiveContextItem },
  });

  route(
    { scope: 'org', permission: 'context:read' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/context-profile',
      tags,
      summary: 'The roles the organization holds toward AI systems (ISO/IEC 22989, EU AI Act Art. 3)',
      request: { params: OrgParams },
      responses: { 200: json(ContextProfileSchema), ...errorResponses },
    }),
    async (c) => {
      const p = await getContextProfile(c.get('org'));
      return sendEntity(c, p, 200);
    },
  );

  route(
    { scope: 'org', permission: 'context:update' },
    createRoute({
      method: 'patch',
      path: '/api/v1/orgs/{orgId}/context-profile',
      tags,
      summary: 'Set the organization’s AI roles (send If-Match to guard against lost updates)',
      request: { params: OrgParams, headers: IfMatchHeader, body: jsonBody(UpdateContextProfileSchema) },
      responses: { 200: json(ContextProfileSchema), ...errorResponses },
    }),
    async (c) => {
      const p = await updateContextProfile(
        c.get('org'),
        c.req.valid('json'),
        parseIfMatch(c.req.header('if-match')),
      );
      return sendEntity(c, p, 200);
    },
  );
}
