// POST /orgs/{orgId}/findings/{id}/nonconformity: answers the nonconformity raised (§10.2).
import { NonconformitySchema } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { auditKeys } from './audit-keys.ts';

export function useRaiseNonconformity(orgId: string) {
  return useInvalidatingMutation(
    [auditKeys.all(orgId), ['orgs', orgId, 'improvement']],
    (findingId: string) =>
      api.post(`/orgs/${orgId}/findings/${findingId}/nonconformity`, {}, NonconformitySchema),
  );
}
