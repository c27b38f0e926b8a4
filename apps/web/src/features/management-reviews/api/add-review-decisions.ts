// POST /orgs/{orgId}/management-reviews/{id}/decisions: actions become tasks (§9.3.3).
import { type AddReviewDecisionsInput, ManagementReviewSchema } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export function useAddReviewDecisions(orgId: string) {
  return useInvalidatingMutation(
    [managementReviewKeys.all(orgId), ['orgs', orgId, 'tasks']],
    ({ id, input }: { id: string; input: AddReviewDecisionsInput }) =>
      api.post(`/orgs/${orgId}/management-reviews/${id}/decisions`, input, ManagementReviewSchema),
  );
}
