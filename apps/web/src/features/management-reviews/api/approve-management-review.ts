// POST /orgs/{orgId}/management-reviews/{id}/approve (a lead, after freezing).
import { ManagementReviewSchema } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export function useApproveManagementReview(orgId: string) {
  return useInvalidatingMutation([managementReviewKeys.all(orgId)], (id: string) =>
    api.post(`/orgs/${orgId}/management-reviews/${id}/approve`, {}, ManagementReviewSchema),
  );
}
