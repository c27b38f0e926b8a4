// GET /orgs/{orgId}/management-reviews/{id}/diff: what moved since the previous review.
import { ReviewDiffSchema } from '@openaims/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export const reviewDiffQuery = (orgId: string, id: string) =>
  queryOptions({
    queryKey: managementReviewKeys.diff(orgId, id),
    queryFn: () => api.get(`/orgs/${orgId}/management-reviews/${id}/diff`, ReviewDiffSchema),
  });

export function useReviewDiff(orgId: string, id: string) {
  return useQuery(reviewDiffQuery(orgId, id));
}
