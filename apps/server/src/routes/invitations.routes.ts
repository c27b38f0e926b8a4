// Invitations to join an organization.

import { createRoute } from '@hono/zod-openapi';
import {
  CreatedInvitationSchema,
  CreateInvitationSchema,
  InvitationSchema,
  pageSchema,
} from '@openaims/core';
import { createInvitation, listInvitations, revokeInvitation } from '@openaims/services';
import {
  errorResponses,
  json,
  jsonBody,
  ListQuery,
  OrgIdParams,
  OrgParams,
} from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['invitations'];

export function invitationsRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'invitation:read' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/invitations',
      tags,
      summary: 'Invitations, newest first',
      request: { params: OrgParams, query: ListQuery },
      responses: { 200: json(pageSchema(InvitationSchema)), ...errorResponses },
    }),
    async (c) => c.json(await listInvitations(c.get('org'), c.req.valid('query')), 200),
  );

  route(
    { scope: 'org', permission: 'invitation:manage' },
    createRoute({
      method: 'post',
      path: '/api/v1/orgs/{orgId}/invitations',
      tags,
      summary:
        'Invite someone by email with a role; the code and link are shown once, and e-mailed to the invitee when SMTP is configured',
      request: { params: OrgParams, body: jsonBody(CreateInvitationSchema) },
      responses: { 201: json(CreatedInvitationSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const deps = c.get('deps');
      const base = deps.env.AIMS_PUBLIC_URL ?? new URL(c.req.url).origin;
      const inv = await createInvitation(c.get('org'), c.req.valid('json'), base, { email: !!deps.mailer });
      c.header('Location', `/api/v1/orgs/${c.get('org').orgId}/invitations/${inv.id}`);
      return c.json(inv, 201);
    },
  );

  route(
    { scope: 'org', permission: 'invitation:manage' },
    createRoute({
      method: 'delete',
      path: '/api/v1/orgs/{orgId}/invitations/{id}',
      tags,
      summary: 'Revoke an open invitation',
      request: { params: OrgIdParams },
      responses: { 204: { description: 'Revoked' }, ...errorResponses },
    }),
    async (c) => {
      await revokeInvitation(c.get('org'), c.req.valid('param').id);
      return c.body(null, 204);
    },
    { resource: 'invitation' },
  );
}
