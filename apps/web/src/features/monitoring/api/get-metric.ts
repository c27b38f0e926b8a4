// GET /orgs/{orgId}/metrics/{id}.
import { MetricDefinitionSchema } from '@openaims/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { monitoringKeys } from './monitoring-keys.ts';

export const metricQuery = (orgId: string, id: string) =>
  queryOptions({
    queryKey: monitoringKeys.metric(orgId, id),
    queryFn: () => api.get(`/orgs/${orgId}/metrics/${id}`, MetricDefinitionSchema),
  });

export function useMetric(orgId: string, id: string) {
  return useQuery(metricQuery(orgId, id));
}
