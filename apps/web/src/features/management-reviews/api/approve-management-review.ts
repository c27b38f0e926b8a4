// POST /orgs/{orgId}/management-reviews/{id}/approve (a lead, after freezing).
import { ManagementReviewSchema } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export function useApproveManagementReview(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post(`/orgs/${orgId}/management-reviews/${id}/approve`, {}, ManagementReviewSchema),
    onSuccess: () => qc.invalidateQueries({ queryKey: managementReviewKeys.all(orgId) }),
  });
}
