// Certification readiness (GET …/readiness): computed live on the server, so it is refetched on every visit.
import { ReadinessSchema } from '@openaims/core';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { queryHook } from '../../../lib/api-query.ts';

export const readinessQuery = (orgId: string) =>
  queryOptions({
    queryKey: ['orgs', orgId, 'readiness'] as const,
    queryFn: () => api.get(`/orgs/${orgId}/readiness`, ReadinessSchema),
    staleTime: 0,
  });

export const useReadiness = queryHook(readinessQuery);
