// POST /orgs/{orgId}/management-reviews.
import { type CreateManagementReviewInput, ManagementReviewSchema } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export function useCreateManagementReview(orgId: string) {
  return useInvalidatingMutation([managementReviewKeys.all(orgId)], (input: CreateManagementReviewInput) =>
    api.post(`/orgs/${orgId}/management-reviews`, input, ManagementReviewSchema),
  );
}
