// POST /orgs/{orgId}/metrics.
import { type CreateMetricInput, MetricDefinitionSchema } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { monitoringKeys } from './monitoring-keys.ts';

export function useCreateMetric(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateMetricInput) =>
      api.post(`/orgs/${orgId}/metrics`, input, MetricDefinitionSchema),
    onSuccess: () => qc.invalidateQueries({ queryKey: monitoringKeys.metrics(orgId) }),
  });
}
