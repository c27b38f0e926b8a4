// Guided set-up (issue 16): each step's state, read from the records, and the choices about the guide itself.
import { createRoute } from '@hono/zod-openapi';
import { OrgSetupSchema, UpdateOrgSetupSchema } from '@openaims/core';
import { getOrgSetup, updateOrgSetup } from '@openaims/services';
import {
  errorResponses,
  etag,
  IfMatchHeader,
  json,
  jsonBody,
  OrgParams,
  parseIfMatch,
} from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['setup'];
const path = '/api/v1/orgs/{orgId}/setup';

export function orgSetupRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'setup:read' },
    createRoute({
      method: 'get',
      path,
      tags,
      summary: 'The guided set-up: each step done, skipped or to do, and where the guide resumes',
      request: { params: OrgParams },
      responses: { 200: json(OrgSetupSchema), ...errorResponses },
    }),
    async (c) => {
      const s = await getOrgSetup(c.get('org'));
      c.header('ETag', etag(s.version));
      return c.json(s, 200);
    },
  );

  route(
    { scope: 'org', permission: 'setup:update' },
    createRoute({
      method: 'patch',
      path,
      tags,
      summary: 'Skip or reopen a set-up step, finish the guide, put it away or bring it back',
      request: { params: OrgParams, headers: IfMatchHeader, body: jsonBody(UpdateOrgSetupSchema) },
      responses: { 200: json(OrgSetupSchema), ...errorResponses },
    }),
    async (c) => {
      const s = await updateOrgSetup(
        c.get('org'),
        c.req.valid('json'),
        parseIfMatch(c.req.header('if-match')),
      );
      c.header('ETag', etag(s.version));
      return c.json(s, 200);
    },
  );
}
