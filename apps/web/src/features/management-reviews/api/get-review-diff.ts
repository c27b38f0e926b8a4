// GET /orgs/{orgId}/management-reviews/{id}/diff: what moved since the previous review.
import { ReviewDiffSchema } from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../../lib/api-query.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export const reviewDiffQuery = (orgId: string, id: string) =>
  apiQuery(
    managementReviewKeys.diff(orgId, id),
    `/orgs/${orgId}/management-reviews/${id}/diff`,
    ReviewDiffSchema,
  );

export function useReviewDiff(orgId: string, id: string) {
  return useQuery(reviewDiffQuery(orgId, id));
}
