// The context register (GET|POST …/context, PATCH|DELETE …/context/{id}) and the AI roles profile (…/context-profile).
import {
  type ContextItem,
  ContextItemSchema,
  ContextProfileSchema,
  type CreateContextItemInput,
  type UpdateContextItemInput,
  type UpdateContextProfileInput,
} from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { apiQuery, queryHook } from '../../../lib/api-query.ts';
import { collectionQuery, useCollection } from '../../../lib/collection.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';

export const contextKeys = { all: (orgId: string) => ['orgs', orgId, 'context'] as const };

export function useContextItems(orgId: string, params: { q?: string; sort?: string; kind?: string }) {
  return useCollection(
    collectionQuery(contextKeys.all(orgId), `/orgs/${orgId}/context`, ContextItemSchema, params),
  );
}

const profileQuery = (orgId: string) =>
  apiQuery(
    [...contextKeys.all(orgId), 'profile'] as const,
    `/orgs/${orgId}/context-profile`,
    ContextProfileSchema,
  );

export const useContextProfile = queryHook(profileQuery);

function useContextMutation<I>(orgId: string, fn: (input: I) => Promise<unknown>) {
  return useInvalidatingMutation([contextKeys.all(orgId)], fn);
}

export const useCreateContextItem = (orgId: string) =>
  useContextMutation(orgId, (i: CreateContextItemInput) =>
    api.post(`/orgs/${orgId}/context`, i, ContextItemSchema),
  );

export const useUpdateContextItem = (orgId: string) =>
  useContextMutation(orgId, ({ item, changes }: { item: ContextItem; changes: UpdateContextItemInput }) =>
    api.patch(`/orgs/${orgId}/context/${item.id}`, changes, ContextItemSchema, {
      'If-Match': `"${item.version}"`,
    }),
  );

export const useArchiveContextItem = (orgId: string) =>
  useContextMutation(orgId, (id: string) => api.send('DELETE', `/orgs/${orgId}/context/${id}`));

export const useUpdateContextProfile = (orgId: string) =>
  useContextMutation(orgId, ({ version, changes }: { version: number; changes: UpdateContextProfileInput }) =>
    api.patch(`/orgs/${orgId}/context-profile`, changes, ContextProfileSchema, {
      'If-Match': `"${version}"`,
    }),
  );
