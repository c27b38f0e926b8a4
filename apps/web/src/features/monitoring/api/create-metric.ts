// POST /orgs/{orgId}/metrics.
import { type CreateMetricInput, MetricDefinitionSchema } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { monitoringKeys } from './monitoring-keys.ts';

export function useCreateMetric(orgId: string) {
  return useInvalidatingMutation([monitoringKeys.metrics(orgId)], (input: CreateMetricInput) =>
    api.post(`/orgs/${orgId}/metrics`, input, MetricDefinitionSchema),
  );
}
