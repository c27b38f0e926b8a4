// PATCH /orgs/{orgId}/management-reviews/{id} with If-Match.
import {
  type ManagementReview,
  ManagementReviewSchema,
  type UpdateManagementReviewInput,
} from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export function useUpdateManagementReview(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ review, changes }: { review: ManagementReview; changes: UpdateManagementReviewInput }) =>
      api.patch(`/orgs/${orgId}/management-reviews/${review.id}`, changes, ManagementReviewSchema, {
        'If-Match': `"${review.version}"`,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: managementReviewKeys.all(orgId) }),
  });
}
