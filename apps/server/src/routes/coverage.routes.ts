// Crosswalk coverage: which EU AI Act, NIST AI RMF and ISO/IEC 27001 requirements this organization's work covers.

import { z } from '@hono/zod-openapi';
import { CoverageSchema, CoverageTargetSchema } from '@openaims/core';
import { getCoverage } from '@openaims/services';
import { orgOperations } from '../http/org-operations.ts';
import type { RouteFn } from '../http/route.ts';

export function coverageRoutes(route: RouteFn): void {
  orgOperations(route, ['soa'])({
    permission: 'soa:read',
    method: 'get',
    path: 'coverage',
    summary:
      'Coverage of another framework by implemented controls and clause work, by mapping strength, gaps listed',
    response: CoverageSchema,
    input: { query: z.object({ framework: CoverageTargetSchema }) },
    run: (ctx, query) => getCoverage(ctx, query.framework),
  });
}
