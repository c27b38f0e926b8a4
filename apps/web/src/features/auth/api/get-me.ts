// Who is signed in: GET /me → Me, or null when the server answers 401.
import { type Me, MeSchema, type MyOrganization } from '@openaims/core';
import { queryOptions } from '@tanstack/react-query';
import { api, isApiError } from '../../../lib/api.ts';
import { queryHook } from '../../../lib/api-query.ts';

export const meQueryKey = ['me'] as const;

export const meQuery = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: async (): Promise<Me | null> => {
      try {
        return await api.get('/me', MeSchema);
      } catch (e) {
        if (isApiError(e, 401)) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });

export const useMe = queryHook(meQuery);

/** The signed-in user's organizations (empty while loading or signed out). */
export function useMyOrganizations(): MyOrganization[] {
  return useMe().data?.organizations ?? [];
}
