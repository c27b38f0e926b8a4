// Context of the organization (§4.1, §4.2): the issues and interested-parties register and the AI roles profile.
import { createRoute } from '@hono/zod-openapi';
import {
  ContextItemSchema,
  ContextListQuerySchema,
  ContextProfileSchema,
  CreateContextItemSchema,
  pageSchema,
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
  etag,
  IfMatchHeader,
  json,
  jsonBody,
  OrgIdParams,
  OrgParams,
  parseIfMatch,
} from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['context'];
const base = '/api/v1/orgs/{orgId}/context';

export function contextRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'context:read' },
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'Internal and external issues and interested parties (§4.1, §4.2)',
      request: { params: OrgParams, query: ContextListQuerySchema },
      responses: { 200: json(pageSchema(ContextItemSchema)), ...errorResponses },
    }),
    async (c) => c.json(await listContextItems(c.get('org'), c.req.valid('query')), 200),
  );

  route(
    { scope: 'org', permission: 'context:update' },
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'Record an issue or an interested party with its requirements',
      request: { params: OrgParams, body: jsonBody(CreateContextItemSchema) },
      responses: { 201: json(ContextItemSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const item = await createContextItem(c.get('org'), c.req.valid('json'));
      c.header('Location', `/api/v1/orgs/${item.organizationId}/context/${item.id}`);
      c.header('ETag', etag(item.version));
      return c.json(item, 201);
    },
  );

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
      c.header('ETag', etag(p.version));
      return c.json(p, 200);
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
      c.header('ETag', etag(p.version));
      return c.json(p, 200);
    },
  );

  route(
    { scope: 'org', permission: 'context:read' },
    createRoute({
      method: 'get',
      path: `${base}/{id}`,
      tags,
      summary: 'One issue or interested party',
      request: { params: OrgIdParams },
      responses: { 200: json(ContextItemSchema), ...errorResponses },
    }),
    async (c) => {
      const item = await getContextItem(c.get('org'), c.req.valid('param').id);
      c.header('ETag', etag(item.version));
      return c.json(item, 200);
    },
    { resource: 'context_item' },
  );

  route(
    { scope: 'org', permission: 'context:update' },
    createRoute({
      method: 'patch',
      path: `${base}/{id}`,
      tags,
      summary: 'Change an issue or interested party (send If-Match to guard against lost updates)',
      request: { params: OrgIdParams, headers: IfMatchHeader, body: jsonBody(UpdateContextItemSchema) },
      responses: { 200: json(ContextItemSchema), ...errorResponses },
    }),
    async (c) => {
      const item = await updateContextItem(
        c.get('org'),
        c.req.valid('param').id,
        c.req.valid('json'),
        parseIfMatch(c.req.header('if-match')),
      );
      c.header('ETag', etag(item.version));
      return c.json(item, 200);
    },
    { resource: 'context_item' },
  );

  route(
    { scope: 'org', permission: 'context:update' },
    createRoute({
      method: 'delete',
      path: `${base}/{id}`,
      tags,
      summary: 'Archive an issue or interested party (kept on record)',
      request: { params: OrgIdParams },
      responses: { 204: { description: 'Archived' }, ...errorResponses },
    }),
    async (c) => {
      await archiveContextItem(c.get('org'), c.req.valid('param').id);
      return c.body(null, 204);
    },
    { resource: 'context_item' },
  );
}
