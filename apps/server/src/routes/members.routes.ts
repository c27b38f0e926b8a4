// Members and their roles.

import { createRoute, z } from '@hono/zod-openapi';
import { MemberSchema, pageSchema, UpdateMemberSchema } from '@openaims/core';
import { getMember, listMembers, removeMember, updateMemberRole } from '@openaims/services';
import {
  errorResponses,
  etag,
  IfMatchHeader,
  json,
  jsonBody,
  ListQuery,
  OrgParams,
  parseIfMatch,
} from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['members'];
const MemberParams = OrgParams.extend({ memberId: z.string().max(64) });

export function membersRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'member:read' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/members',
      tags,
      summary: 'Members of the organization',
      request: { params: OrgParams, query: ListQuery },
      responses: { 200: json(pageSchema(MemberSchema)), ...errorResponses },
    }),
    async (c) => c.json(await listMembers(c.get('org'), c.req.valid('query')), 200),
  );

  route(
    { scope: 'org', permission: 'member:read' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/members/{memberId}',
      tags,
      summary: 'One member',
      request: { params: MemberParams },
      responses: { 200: json(MemberSchema), ...errorResponses },
    }),
    async (c) => {
      const m = await getMember(c.get('org'), c.req.valid('param').memberId);
      c.header('ETag', etag(m.version));
      return c.json(m, 200);
    },
    { resource: 'member' },
  );

  route(
    { scope: 'org', permission: 'member:manage' },
    createRoute({
      method: 'patch',
      path: '/api/v1/orgs/{orgId}/members/{memberId}',
      tags,
      summary: "Change a member's role (the last owner stays owner)",
      request: { params: MemberParams, headers: IfMatchHeader, body: jsonBody(UpdateMemberSchema) },
      responses: { 200: json(MemberSchema), ...errorResponses },
    }),
    async (c) => {
      const m = await updateMemberRole(
        c.get('org'),
        c.req.valid('param').memberId,
        c.req.valid('json').role,
        parseIfMatch(c.req.header('if-match')),
        c.req.valid('json').accessEndsAt,
      );
      c.header('ETag', etag(m.version));
      return c.json(m, 200);
    },
    { resource: 'member' },
  );

  route(
    { scope: 'org', permission: 'member:manage' },
    createRoute({
      method: 'delete',
      path: '/api/v1/orgs/{orgId}/members/{memberId}',
      tags,
      summary: 'Remove a member',
      request: { params: MemberParams },
      responses: { 204: { description: 'Removed' }, ...errorResponses },
    }),
    async (c) => {
      await removeMember(c.get('org'), c.req.valid('param').memberId);
      return c.body(null, 204);
    },
    { resource: 'member' },
  );
}
