// GET /orgs/{orgId}/dashboard: every figure on the dashboard, counted by the server.
import { DashboardSchema } from '@openaims/core';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { queryHook } from '../../../lib/api-query.ts';

export const dashboardQuery = (orgId: string) =>
  queryOptions({
    queryKey: ['orgs', orgId, 'dashboard', 'summary'] as const,
    queryFn: () => api.get(`/orgs/${orgId}/dashboard`, DashboardSchema),
  });

export const useDashboard = queryHook(dashboardQuery);
