// Query options for one GET, the shape of every single-resource read (a record, a profile, a diff).
import { type QueryKey, queryOptions } from '@tanstack/react-query';
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
