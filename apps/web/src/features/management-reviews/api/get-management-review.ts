// GET /orgs/{orgId}/management-reviews/{id}.
import { ManagementReviewSchema } from '@openaims/core';
import { apiQuery, queryHook } from '../../../lib/api-query.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export const managementReviewQuery = (orgId: string, id: string) =>
  apiQuery(
    managementReviewKeys.detail(orgId, id),
    `/orgs/${orgId}/management-reviews/${id}`,
    ManagementReviewSchema,
  );

export const useManagementReview = queryHook(managementReviewQuery);
