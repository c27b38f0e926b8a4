// POST /orgs/{orgId}/alerts/{id}/acknowledge | resolve.
import { AlertSchema } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { monitoringKeys } from './monitoring-keys.ts';

export function useAlertAction(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, verb, note }: { id: string; verb: 'acknowledge' | 'resolve'; note?: string }) =>
      api.post(`/orgs/${orgId}/alerts/${id}/${verb}`, { note: note ?? '' }, AlertSchema),
    onSuccess: () => qc.invalidateQueries({ queryKey: monitoringKeys.alerts(orgId) }),
  });
}
