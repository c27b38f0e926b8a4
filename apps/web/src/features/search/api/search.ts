// GET /orgs/{orgId}/search?q=: the server's hits over every module, grouped by kind on screen.
import { SearchResultSchema } from '@openaims/core';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export const searchQuery = (orgId: string, q: string) =>
  queryOptions({
    queryKey: ['orgs', orgId, 'search', q] as const,
    queryFn: () => api.get(`/orgs/${orgId}/search?q=${encodeURIComponent(q)}`, SearchResultSchema),
    staleTime: 10_000,
  });

/** Hits for `q`; nothing is asked until the query has a character. */
export function useSearch(orgId: string, q: string) {
  const trimmed = q.trim();
  return useQuery({
    ...searchQuery(orgId, trimmed),
    enabled: trimmed.length > 0,
    placeholderData: keepPreviousData,
  });
}
