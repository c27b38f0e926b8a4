// GET /orgs/{orgId}/setup: the guided set-up's steps, progress and resume point.
import { OrgSetupSchema } from '@openaims/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export const orgSetupKeys = { all: (orgId: string) => ['orgs', orgId, 'setup'] as const };

export const orgSetupQuery = (orgId: string) =>
  queryOptions({
    queryKey: orgSetupKeys.all(orgId),
    queryFn: () => api.get(`/orgs/${orgId}/setup`, OrgSetupSchema),
  });

export function useOrgSetup(orgId: string, enabled = true) {
  return useQuery({ ...orgSetupQuery(orgId), enabled });
}
