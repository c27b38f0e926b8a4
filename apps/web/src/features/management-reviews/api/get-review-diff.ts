// GET /orgs/{orgId}/management-reviews/{id}/diff: what moved since the previous review.
import { ReviewDiffSchema } from '@openaims/core';
import { apiQuery, queryHook } from '../../../lib/api-query.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export const reviewDiffQuery = (orgId: string, id: string) =>
  apiQuery(
    managementReviewKeys.diff(orgId, id),
    `/orgs/${orgId}/management-reviews/${id}/diff`,
    ReviewDiffSchema,
  );

export const useReviewDiff = queryHook(reviewDiffQuery);
