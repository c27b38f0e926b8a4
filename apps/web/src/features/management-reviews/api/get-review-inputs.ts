// GET /orgs/{orgId}/management-reviews/{id}/inputs: frozen inputs, or a live preview while planned.
import { ReviewInputsResponseSchema } from '@openaims/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export const reviewInputsQuery = (orgId: string, id: string) =>
  queryOptions({
    queryKey: managementReviewKeys.inputs(orgId, id),
    queryFn: () => api.get(`/orgs/${orgId}/management-reviews/${id}/inputs`, ReviewInputsResponseSchema),
  });

export function useReviewInputs(orgId: string, id: string) {
  return useQuery(reviewInputsQuery(orgId, id));
}
