// GET /orgs/{orgId}/management-reviews/{id}.
import { ManagementReviewSchema } from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../../lib/api-query.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export const managementReviewQuery = (orgId: string, id: string) =>
  apiQuery(
    managementReviewKeys.detail(orgId, id),
    `/orgs/${orgId}/management-reviews/${id}`,
    ManagementReviewSchema,
  );

export function useManagementReview(orgId: string, id: string) {
  return useQuery(managementReviewQuery(orgId, id));
}
