// GET /orgs/{orgId}/management-reviews/{id}.
import { ManagementReviewSchema } from '@openaims/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export const managementReviewQuery = (orgId: string, id: string) =>
  queryOptions({
    queryKey: managementReviewKeys.detail(orgId, id),
    queryFn: () => api.get(`/orgs/${orgId}/management-reviews/${id}`, ManagementReviewSchema),
  });

export function useManagementReview(orgId: string, id: string) {
  return useQuery(managementReviewQuery(orgId, id));
}
