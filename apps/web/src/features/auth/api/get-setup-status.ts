// GET /setup: whether first set-up is still needed and whether single sign-on is configured.
import { SetupStatusSchema } from '@openaims/core';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { queryHook } from '../../../lib/api-query.ts';

export const setupStatusQuery = () =>
  queryOptions({
    queryKey: ['setup'] as const,
    queryFn: () => api.get('/setup', SetupStatusSchema),
    staleTime: 5 * 60_000,
  });

export const useSetupStatus = queryHook(setupStatusQuery);
