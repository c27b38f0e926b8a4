// The risk register in numbers: the counts behind the heatmaps and the dashboard, computed over every risk.
import { RiskSummarySchema } from '@openaims/core';
import { getRiskSummary, risksRevision } from '@openaims/services';
import { orgOperations } from '../http/org-operations.ts';
import type { RouteFn } from '../http/route.ts';

// Registered before the risk routes, so `summary` is never read as a risk id.
export function riskSummaryRoutes(route: RouteFn): void {
  orgOperations(route, ['risks'])({
    permission: 'risk:read',
    method: 'get',
    path: 'risks/summary',
    summary: 'Counts of the risk register by level, status, likelihood × consequence cell and AI system',
    response: RiskSummarySchema,
    run: getRiskSummary,
    revision: risksRevision,
  });
}
