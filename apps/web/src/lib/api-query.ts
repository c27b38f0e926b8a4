// Query options for one GET, the shape of every single-resource read (a record, a profile, a diff), and the hook
// that runs a query-options factory, the other half of every read endpoint's file.
import { type QueryKey, queryOptions, type UseQueryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from './api.ts';

/** Options that read `path` (relative to /api/v1) under `queryKey`, parsed by `schema`. */
export function apiQuery<K extends QueryKey, S extends z.ZodType>(
  queryKey: K,
  path: string,
  schema: S,
  query?: Parameters<typeof api.get>[2],
) {
  return queryOptions({ queryKey, queryFn: () => api.get(path, schema, query) });
}

/** `useX = queryHook(xQuery)`: the hook takes the factory's arguments and runs `useQuery(xQuery(...args))`. */
export function queryHook<A extends unknown[], T, K extends QueryKey>(
  options: (...args: A) => UseQueryOptions<T, Error, T, K>,
) {
  return (...args: A) => useQuery(options(...args));
}
