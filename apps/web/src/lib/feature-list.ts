// A feature's paginated list of one kind of record, cached under the feature's key, so that the feature's one
// mutation hook (`featureMutation`) refreshes it together with everything else the feature shows.
import type { z } from 'zod';
import { collectionQuery, type ListParams } from './collection.ts';

/** `xsQuery = featureList(xKeys.all, 'xs', 'path', XSchema)`: GET `/orgs/{orgId}/{path}` under `[...all, sub]`. */
export function featureList<S extends z.ZodType>(
  all: (orgId: string) => readonly unknown[],
  sub: string,
  path: string,
  schema: S,
) {
  return (orgId: string, params: ListParams = {}) =>
    collectionQuery([...all(orgId), sub], `/orgs/${orgId}/${path}`, schema, params);
}
