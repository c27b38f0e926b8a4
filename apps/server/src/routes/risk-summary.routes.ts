// The risk register in numbers: the counts behind the heatmaps and the dashboard, computed over every risk.
import { createRoute } from '@hono/zod-openapi';
import { RiskSummarySchema } from '@openaims/core';
import { getRiskSummary } from '@openaims/services';
import { errorResponses, json, OrgParams } from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

// Registered before the risk routes, so `summary` is never read as a risk id.
export function riskSummaryRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'risk:read' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/risks/summary',
      tags: ['risks'],
      summary: 'Counts of the risk register by level, status, likelihood × consequence cell and AI system',
      request: { params: OrgParams },
      responses: { 200: json(RiskSummarySchema), ...errorResponses },
    }),
    async (c) => c.json(await getRiskSummary(c.get('org')), 200),
  );
}
