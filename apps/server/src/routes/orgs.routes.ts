// Organizations: list mine, create another, read and rename.

import { createRoute } from '@hono/zod-openapi';
import {
  AppError,
  CreateOrganizationSchema,
  MyOrganizationSchema,
  OrganizationSchema,
  pageSchema,
  UpdateOrganizationSchema,
} from '@openaims/core';
import {
  createOrganization,
  getOrganization,
  listMyOrganizations,
  updateOrganization,
} from '@openaims/services';
import { errorResponses, etag, json, jsonBody, ListQuery } from '../http/openapi-helpers.ts';
import { singletonRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';
import { signedInErrors, signedInUser } from '../http/signed-in.ts';

const tags = ['orgs'];

export function orgsRoutes(route: RouteFn): void {
  route(
    { scope: 'public' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs',
      tags,
      summary: "The caller's organizations with their role",
      request: { query: ListQuery },
      responses: { 200: json(pageSchema(MyOrganizationSchema)), 401: errorResponses[401] },
    }),
    async (c) => {
      const p = c.get('principal');
      const db = c.get('deps').database.db;
      if (!p) throw new AppError('UNAUTHENTICATED', 'Sign in or send an API token.');
      if (p.kind === 'token') {
        const org = await getOrganization({
          db,
          actor: { type: 'token', id: p.token.id },
          orgId: p.token.organizationId,
          role: p.token.role,
        });
        return c.json({ items: [{ ...org, role: p.token.role }], nextCursor: null }, 200);
      }
      return c.json(await listMyOrganizations(db, p.user.id, c.req.valid('query')), 200);
    },
  );

  route(
    { scope: 'user' },
    createRoute({
      method: 'post',
      path: '/api/v1/orgs',
      tags,
      summary: 'Create another organization with the signed-in user as owner',
      request: { body: jsonBody(CreateOrganizationSchema) },
      responses: {
        201: json(OrganizationSchema, 'Created'),
        ...signedInErrors,
      },
    }),
    async (c) => {
      const user = signedInUser(c);
      const org = await createOrganization(c.get('deps').database.db, c.req.valid('json'), user.id, {
        type: 'user',
        id: user.id,
        userId: user.id,
      });
      c.header('Location', `/api/v1/orgs/${org.id}`);
      c.header('ETag', etag(org.version));
      return c.json(org, 201);
    },
  );

  singletonRoutes(route, {
    path: '',
    tags,
    entity: OrganizationSchema,
    get: { permission: 'org:read', summary: 'One organization', run: getOrganization },
    update: {
      permission: 'org:update',
      summary: 'Rename the organization',
      body: UpdateOrganizationSchema,
      run: updateOrganization,
    },
  });
}
