// GET /orgs/{orgId}/management-reviews.
import { ManagementReviewSchema } from '@openaims/core';
import { collectionHook, collectionQuery, type ListParams } from '../../../lib/collection.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export const managementReviewsQuery = (orgId: string, params: ListParams) =>
  collectionQuery(
    managementReviewKeys.all(orgId),
    `/orgs/${orgId}/management-reviews`,
    ManagementReviewSchema,
    params,
  );

export const useManagementReviews = collectionHook(managementReviewsQuery);
