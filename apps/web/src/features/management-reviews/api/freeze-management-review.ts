// POST /orgs/{orgId}/management-reviews/{id}/freeze → {inputs, sha256}.
import { FreezeResultSchema } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export function useFreezeManagementReview(orgId: string) {
  return useInvalidatingMutation([managementReviewKeys.all(orgId)], (id: string) =>
    api.post(`/orgs/${orgId}/management-reviews/${id}/freeze`, {}, FreezeResultSchema),
  );
}
