// GET /orgs/{orgId}/management-reviews.
import { ManagementReviewSchema } from '@openaims/core';
import { collectionQuery, type ListParams, useCollection } from '../../../lib/collection.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export const managementReviewsQuery = (orgId: string, params: ListParams) =>
  collectionQuery(
    managementReviewKeys.all(orgId),
    `/orgs/${orgId}/management-reviews`,
    ManagementReviewSchema,
    params,
  );

export function useManagementReviews(orgId: string, params: ListParams) {
  return useCollection(managementReviewsQuery(orgId, params));
}
