// GET /orgs/{orgId}/management-reviews/{id}/inputs: frozen inputs, or a live preview while planned.
import { ReviewInputsResponseSchema } from '@openaims/core';
import { apiQuery, queryHook } from '../../../lib/api-query.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export const reviewInputsQuery = (orgId: string, id: string) =>
  apiQuery(
    managementReviewKeys.inputs(orgId, id),
    `/orgs/${orgId}/management-reviews/${id}/inputs`,
    ReviewInputsResponseSchema,
  );

export const useReviewInputs = queryHook(reviewInputsQuery);
