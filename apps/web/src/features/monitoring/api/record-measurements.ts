// POST /orgs/{orgId}/metrics/{id}/measurements — a batch, idempotent by each item's id.
import { type MeasurementBatchInput, MeasurementBatchResultSchema } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { monitoringKeys } from './monitoring-keys.ts';

export function useRecordMeasurements(orgId: string, id: string) {
  return useInvalidatingMutation(
    [monitoringKeys.metrics(orgId), monitoringKeys.alerts(orgId)],
    (input: MeasurementBatchInput) =>
      api.post(`/orgs/${orgId}/metrics/${id}/measurements`, input, MeasurementBatchResultSchema),
    'background',
  );
}
