// PATCH /orgs/{orgId}/management-reviews/{id} with If-Match.
import {
  type ManagementReview,
  ManagementReviewSchema,
  type UpdateManagementReviewInput,
} from '@openaims/core';
import { patchVersion } from '../../../lib/patch-version.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export function useUpdateManagementReview(orgId: string) {
  return useInvalidatingMutation(
    [managementReviewKeys.all(orgId)],
    ({ review, changes }: { review: ManagementReview; changes: UpdateManagementReviewInput }) =>
      patchVersion(
        `/orgs/${orgId}/management-reviews/${review.id}`,
        review.version,
        changes,
        ManagementReviewSchema,
      ),
  );
}
