// The access log (issue 11 item 3): external auditors' reads, for administrators; the CSV is `exports/access-log.csv`.
import { createRoute } from '@hono/zod-openapi';
import { AccessLogEntrySchema, AccessLogQuerySchema, pageSchema } from '@openaims/core';
import { listAccessLog } from '@openaims/services';
import { errorResponses, json, OrgParams } from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

export function accessLogRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'access_log:read' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/access-log',
      tags: ['access-log'],
      summary: 'Reads by external auditors, newest first (filter by userId)',
      request: { params: OrgParams, query: AccessLogQuerySchema },
      responses: { 200: json(pageSchema(AccessLogEntrySchema)), ...errorResponses },
    }),
    async (c) => c.json(await listAccessLog(c.get('org'), c.req.valid('query')), 200),
  );
}
