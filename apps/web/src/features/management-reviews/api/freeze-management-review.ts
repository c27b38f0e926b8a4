// POST /orgs/{orgId}/management-reviews/{id}/freeze → {inputs, sha256}.
import { FreezeResultSchema } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export function useFreezeManagementReview(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post(`/orgs/${orgId}/management-reviews/${id}/freeze`, {}, FreezeResultSchema),
    onSuccess: () => qc.invalidateQueries({ queryKey: managementReviewKeys.all(orgId) }),
  });
}
