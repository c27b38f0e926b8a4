// Invitations to join an organization.

import { createRoute } from '@hono/zod-openapi';
import {
  CreatedInvitationSchema,
  CreateInvitationSchema,
  InvitationSchema,
  ListQuerySchema,
} from '@openaims/core';
import { createInvitation, listInvitations, revokeInvitation } from '@openaims/services';
import { errorResponses, json, jsonBody, OrgParams } from '../http/openapi-helpers.ts';
import { resourceRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['invitations'];

export function invitationsRoutes(route: RouteFn): void {
  resourceRoutes(route, {
    path: 'invitations',
    resource: 'invitation',
    label: 'invitation',
    tags,
    entity: InvitationSchema,
    list: {
      permission: 'invitation:read',
      summary: 'Invitations, newest first',
      query: ListQuerySchema,
      run: listInvitations,
    },
    archive: {
      permission: 'invitation:manage',
      method: 'delete',
      summary: 'Revoke an open invitation',
      run: revokeInvitation,
    },
  });

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
}
