// GET /orgs/{orgId}/metrics/{id}.
import { MetricDefinitionSchema } from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../../lib/api-query.ts';
import { monitoringKeys } from './monitoring-keys.ts';

export const metricQuery = (orgId: string, id: string) =>
  apiQuery(monitoringKeys.metric(orgId, id), `/orgs/${orgId}/metrics/${id}`, MetricDefinitionSchema);

export function useMetric(orgId: string, id: string) {
  return useQuery(metricQuery(orgId, id));
}
