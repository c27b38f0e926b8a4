// API tokens for scripts and CI pipelines.

import { createRoute } from '@hono/zod-openapi';
import { ApiTokenSchema, CreateApiTokenSchema, CreatedApiTokenSchema, ListQuerySchema } from '@openaims/core';
import { createToken, listTokens, revokeToken } from '@openaims/services';
import { errorResponses, json, jsonBody, OrgParams } from '../http/openapi-helpers.ts';
import { resourceRoutes, sendEntity } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['tokens'];

export function tokensRoutes(route: RouteFn): void {
  resourceRoutes(route, {
    path: 'tokens',
    resource: 'token',
    label: 'API token',
    tags,
    entity: ApiTokenSchema,
    list: {
      permission: 'token:read',
      summary: 'API tokens (never their secrets)',
      query: ListQuerySchema,
      run: listTokens,
    },
    archive: { permission: 'token:manage', method: 'delete', summary: 'Revoke a token', run: revokeToken },
  });

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
      // The secret is in this answer only: no cache may keep it.
      c.header('Cache-Control', 'no-store');
      return sendEntity(c, t, 201, 'tokens');
    },
  );
}
