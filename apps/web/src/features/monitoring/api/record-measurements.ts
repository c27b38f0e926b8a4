// POST /orgs/{orgId}/metrics/{id}/measurements — a batch, idempotent by each item's id.
import { type MeasurementBatchInput, MeasurementBatchResultSchema } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { monitoringKeys } from './monitoring-keys.ts';

export function useRecordMeasurements(orgId: string, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MeasurementBatchInput) =>
      api.post(`/orgs/${orgId}/metrics/${id}/measurements`, input, MeasurementBatchResultSchema),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: monitoringKeys.metrics(orgId) });
      void qc.invalidateQueries({ queryKey: monitoringKeys.alerts(orgId) });
    },
  });
}
