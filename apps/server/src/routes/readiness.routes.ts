// Certification readiness (cl. 4–10): the mandatory documented information, live, with blockers and a score.
import { ReadinessSchema } from '@openaims/core';
import { getReadiness, readinessRevision } from '@openaims/services';
import { orgOperations } from '../http/org-operations.ts';
import type { RouteFn } from '../http/route.ts';

export function readinessRoutes(route: RouteFn): void {
  orgOperations(route, ['readiness'])({
    permission: 'readiness:read',
    method: 'get',
    path: 'readiness',
    summary:
      'The 19 items of mandatory documented information, each missing, draft, approved or stale, with blockers and a 0–100 score',
    response: ReadinessSchema,
    run: (ctx) => getReadiness(ctx),
    revision: (ctx) => readinessRevision(ctx),
  });
}
