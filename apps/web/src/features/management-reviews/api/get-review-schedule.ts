// The last approved review and the next one due, for the dashboard: two one-item pages of the review list.
import { ManagementReviewSchema, nextReviewDue, pageSchema } from '@openaims/core';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { queryHook } from '../../../lib/api-query.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export const reviewScheduleQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...managementReviewKeys.all(orgId), 'schedule'] as const,
    queryFn: async () => {
      const page = pageSchema(ManagementReviewSchema);
      const path = `/orgs/${orgId}/management-reviews`;
      const [last, planned] = await Promise.all([
        api.get(path, page, { status: 'approved', sort: '-plannedDate', limit: 1 }),
        api.get(path, page, { status: 'planned', sort: 'plannedDate', limit: 1 }),
      ]);
      const lastOn = last.items[0]?.plannedDate ?? null;
      return { lastOn, nextDueOn: nextReviewDue(lastOn, planned.items[0]?.plannedDate ?? null) };
    },
  });

export const useReviewSchedule = queryHook(reviewScheduleQuery);
