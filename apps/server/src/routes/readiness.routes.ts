// Certification readiness (cl. 4–10): the mandatory documented information, live, with blockers and a score.
import { createRoute } from '@hono/zod-openapi';
import { ReadinessSchema } from '@openaims/core';
import { getReadiness } from '@openaims/services';
import { errorResponses, json, OrgParams } from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

export function readinessRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'readiness:read' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/readiness',
      tags: ['readiness'],
      summary:
        'The 19 items of mandatory documented information, each missing, draft, approved or stale, with blockers and a 0–100 score',
      request: { params: OrgParams },
      responses: { 200: json(ReadinessSchema), ...errorResponses },
    }),
    async (c) => c.json(await getReadiness(c.get('org')), 200),
  );
}
