// An organization's collection that is listed, added to and removed from, and nothing more: API tokens,
// invitations, webhooks. The POST answers with its own schema, which may carry a secret shown only once.
import type { z } from 'zod';
import { api } from './api.ts';
import { collectionHook, collectionQuery } from './collection.ts';
import { useInvalidatingMutation } from './use-invalidating-mutation.ts';

/** The query and hooks of `/orgs/{orgId}/{resource}`; every write refreshes the list. */
export function orgCollection<Item extends z.ZodType, Create extends z.ZodType, Created extends z.ZodType>(
  resource: string,
  schemas: { item: Item; create: Create; created: Created },
) {
  const key = (orgId: string) => ['orgs', orgId, resource] as const;
  const query = (orgId: string, params: { q?: string; sort?: string } = {}) =>
    collectionQuery(key(orgId), `/orgs/${orgId}/${resource}`, schemas.item, params);
  return {
    key,
    query,
    useList: collectionHook(query),
    /** POST: adds one; the answer is parsed with `created`. */
    useCreate: (orgId: string) =>
      useInvalidatingMutation([key(orgId)], (input: z.input<Create>) =>
        api.post(`/orgs/${orgId}/${resource}`, input, schemas.created),
      ),
    /** DELETE …/{id}: revokes or removes one. */
    useRemove: (orgId: string) =>
      useInvalidatingMutation([key(orgId)], (id: string) =>
        api.send('DELETE', `/orgs/${orgId}/${resource}/${id}`),
      ),
  };
}
