// API tokens for scripts and CI pipelines.

import { createRoute } from '@hono/zod-openapi';
import { ApiTokenSchema, CreateApiTokenSchema, CreatedApiTokenSchema, pageSchema } from '@openaims/core';
import { createToken, listTokens, revokeToken } from '@openaims/services';
import {
  errorResponses,
  json,
  jsonBody,
  ListQuery,
  OrgIdParams,
  OrgParams,
} from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['tokens'];

export function tokensRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'token:read' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/tokens',
      tags,
      summary: 'API tokens (never their secrets)',
      request: { params: OrgParams, query: ListQuery },
      responses: { 200: json(pageSchema(ApiTokenSchema)), ...errorResponses },
    }),
    async (c) => c.json(await listTokens(c.get('org'), c.req.valid('query')), 200),
  );

  route(
    { scope: 'org', permission: 'token:manage' },
    createRoute({
      method: 'post',
      path: '/api/v1/orgs/{orgId}/tokens',
      tags,
      summary: 'Create an API token bound to this organization and a role; the secret is shown once',
      request: { params: OrgParams, body: jsonBody(CreateApiTokenSchema) },
      responses: { 201: json(CreatedApiTokenSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const t = await createToken(c.get('org'), c.req.valid('json'));
      c.header('Location', `/api/v1/orgs/${c.get('org').orgId}/tokens/${t.id}`);
      c.header('Cache-Control', 'no-store');
      return c.json(t, 201);
    },
  );

  route(
    { scope: 'org', permission: 'token:manage' },
    createRoute({
      method: 'delete',
      path: '/api/v1/orgs/{orgId}/tokens/{id}',
      tags,
      summary: 'Revoke a token',
      request: { params: OrgIdParams },
      responses: { 204: { description: 'Revoked' }, ...errorResponses },
    }),
    async (c) => {
      await revokeToken(c.get('org'), c.req.valid('param').id);
      return c.body(null, 204);
    },
    { resource: 'token' },
  );
}
