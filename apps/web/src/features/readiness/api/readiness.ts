// Certification readiness (GET …/readiness): computed live on the server, so it is refetched on every visit.
import { ReadinessSchema } from '@openaims/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export const readinessQuery = (orgId: string) =>
  queryOptions({
    queryKey: ['orgs', orgId, 'readiness'] as const,
    queryFn: () => api.get(`/orgs/${orgId}/readiness`, ReadinessSchema),
    staleTime: 0,
  });

export function useReadiness(orgId: string) {
  return useQuery(readinessQuery(orgId));
}
