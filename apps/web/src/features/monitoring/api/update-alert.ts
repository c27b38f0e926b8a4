// POST /orgs/{orgId}/alerts/{id}/acknowledge | resolve.
import { AlertSchema } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { monitoringKeys } from './monitoring-keys.ts';

export function useAlertAction(orgId: string) {
  return useInvalidatingMutation(
    [monitoringKeys.alerts(orgId)],
    ({ id, verb, note }: { id: string; verb: 'acknowledge' | 'resolve'; note?: string }) =>
      api.post(`/orgs/${orgId}/alerts/${id}/${verb}`, { note: note ?? '' }, AlertSchema),
  );
}
