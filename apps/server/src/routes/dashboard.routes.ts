// The organization dashboard (issue 16): the aggregates the dashboard page shows, computed by the database.
import { createRoute } from '@hono/zod-openapi';
import { DashboardSchema } from '@openaims/core';
import { getDashboard } from '@openaims/services';
import { errorResponses, json, OrgParams } from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

export function dashboardRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'org:read' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/dashboard',
      tags: ['dashboard'],
      summary:
        'Readiness, risk heatmap counts, AI systems by EU AI Act class and stage with deployment-gate gaps, the caller’s open tasks, overdue and upcoming dates, and recent ledger changes with names',
      request: { params: OrgParams },
      responses: { 200: json(DashboardSchema), ...errorResponses },
    }),
    async (c) => c.json(await getDashboard(c.get('org')), 200),
  );
}
