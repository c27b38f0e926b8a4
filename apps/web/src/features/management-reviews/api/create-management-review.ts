// POST /orgs/{orgId}/management-reviews.
import { type CreateManagementReviewInput, ManagementReviewSchema } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export function useCreateManagementReview(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateManagementReviewInput) =>
      api.post(`/orgs/${orgId}/management-reviews`, input, ManagementReviewSchema),
    onSuccess: () => qc.invalidateQueries({ queryKey: managementReviewKeys.all(orgId) }),
  });
}
