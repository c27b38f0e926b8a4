// POST /orgs/{orgId}/findings/{id}/nonconformity: answers the nonconformity raised (§10.2).
import { NonconformitySchema } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { auditKeys } from './audit-keys.ts';

export function useRaiseNonconformity(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (findingId: string) =>
      api.post(`/orgs/${orgId}/findings/${findingId}/nonconformity`, {}, NonconformitySchema),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: auditKeys.all(orgId) }),
        qc.invalidateQueries({ queryKey: ['orgs', orgId, 'improvement'] }),
      ]),
  });
}
