// Crosswalk coverage: which EU AI Act, NIST AI RMF and ISO/IEC 27001 requirements this organization's work covers.

import { createRoute, z } from '@hono/zod-openapi';
import { CoverageSchema, CoverageTargetSchema } from '@openaims/core';
import { getCoverage } from '@openaims/services';
import { errorResponses, json, OrgParams } from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

export function coverageRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'soa:read' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/coverage',
      tags: ['soa'],
      summary:
        'Coverage of another framework by implemented controls and clause work, by mapping strength, gaps listed',
      request: { params: OrgParams, query: z.object({ framework: CoverageTargetSchema }) },
      responses: { 200: json(CoverageSchema), ...errorResponses },
    }),
    async (c) => c.json(await getCoverage(c.get('org'), c.req.valid('query').framework), 200),
  );
}
