// The organization dashboard (issue 16): the aggregates the dashboard page shows, computed by the database.
import { DashboardSchema } from '@openaims/core';
import { getDashboard } from '@openaims/services';
import { orgOperations } from '../http/org-operations.ts';
import type { RouteFn } from '../http/route.ts';

export function dashboardRoutes(route: RouteFn): void {
  orgOperations(route, ['dashboard'])({
    permission: 'org:read',
    method: 'get',
    path: 'dashboard',
    summary:
      'Readiness, risk heatmap counts, AI systems by EU AI Act class and stage with deployment-gate gaps, the caller’s open tasks, overdue and upcoming dates, and recent ledger changes with names',
    response: DashboardSchema,
    run: getDashboard,
  });
}
