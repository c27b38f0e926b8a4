// GET /orgs/{orgId}/risks/summary: the register's counts from the server (heatmaps, dashboard), never a page.
import { RiskSummarySchema } from '@openaims/core';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { queryHook } from '../../../lib/api-query.ts';
import { riskKeys } from './risks.ts';

export const riskSummaryQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...riskKeys.all(orgId), 'summary'] as const,
    queryFn: () => api.get(`/orgs/${orgId}/risks/summary`, RiskSummarySchema),
  });

export const useRiskSummary = queryHook(riskSummaryQuery);
