// GET /orgs/{orgId}/management-reviews/{id}/diff: what moved since the previous review.
import { ReviewDiffSchema } from '@openaims/core';
import { queryHook } from '../../../lib/api-query.ts';
import { reviewPartQuery } from './review-part-query.ts';

export const reviewDiffQuery = reviewPartQuery('diff', ReviewDiffSchema);

export const useReviewDiff = queryHook(reviewDiffQuery);
