// GET /orgs/{orgId}/management-reviews/{id}/inputs: frozen inputs, or a live preview while planned.
import { ReviewInputsResponseSchema } from '@openaims/core';
import { queryHook } from '../../../lib/api-query.ts';
import { reviewPartQuery } from './review-part-query.ts';

export const reviewInputsQuery = reviewPartQuery('inputs', ReviewInputsResponseSchema);

export const useReviewInputs = queryHook(reviewInputsQuery);
