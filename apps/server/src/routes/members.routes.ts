// Members and their roles.

import { createRoute, z } from '@hono/zod-openapi';
import { MemberSchema, pageSchema, UpdateMemberSchema } from '@openaims/core';
import { getMember, listMembers, removeMember, updateMemberRole } from '@openaims/services';
import { errorResponses, ListQuery, OrgParams } from '../http/openapi-helpers.ts';
import { orgOperations } from '../http/org-operations.ts';
import { keyedRecordRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['members'];
const MemberParams = OrgParams.extend({ memberId: z.string().max(64) });

export function membersRoutes(route: RouteFn): void {
  orgOperations(
    route,
    tags,
  )({
    permission: 'member:read',
    method: 'get',
    path: 'members',
    summary: 'Members of the organization',
    response: pageSchema(MemberSchema),
    input: { query: ListQuery },
    run: listMembers,
  });

  keyedRecordRoutes(route, {
    path: '/members/{memberId}',
    key: 'memberId',
    params: MemberParams,
    resource: 'member',
    tags,
    entity: MemberSchema,
    get: { permission: 'member:read', summary: 'One member', run: getMember },
    update: {
      permission: 'member:manage',
      summary: "Change a member's role (the last owner stays owner)",
      body: UpdateMemberSchema,
      run: (ctx, memberId, input, expected) =>
        updateMemberRole(ctx, memberId, input.role, expected, input.accessEndsAt),
    },
  });

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
