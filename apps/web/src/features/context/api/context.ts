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
import { collectionHook, collectionQuery } from '../../../lib/collection.ts';
import { featureMutation } from '../../../lib/feature-mutation.ts';
import { patchVersion } from '../../../lib/patch-version.ts';

export const contextKeys = { all: (orgId: string) => ['orgs', orgId, 'context'] as const };

export const contextItemsQuery = (orgId: string, params: { q?: string; sort?: string; kind?: string }) =>
  collectionQuery(contextKeys.all(orgId), `/orgs/${orgId}/context`, ContextItemSchema, params);

export const useContextItems = collectionHook(contextItemsQuery);

const profileQuery = (orgId: string) =>
  apiQuery(
    [...contextKeys.all(orgId), 'profile'] as const,
    `/orgs/${orgId}/context-profile`,
    ContextProfileSchema,
  );

export const useContextProfile = queryHook(profileQuery);

const useContextMutation = featureMutation((orgId) => [contextKeys.all(orgId)]);

export const useCreateContextItem = (orgId: string) =>
  useContextMutation(orgId, (i: CreateContextItemInput) =>
    api.post(`/orgs/${orgId}/context`, i, ContextItemSchema),
  );

export const useUpdateContextItem = (orgId: string) =>
  useContextMutation(orgId, ({ item, changes }: { item: ContextItem; changes: UpdateContextItemInput }) =>
    patchVersion(`/orgs/${orgId}/context/${item.id}`, item.version, changes, ContextItemSchema),
  );

export const useArchiveContextItem = (orgId: string) =>
  useContextMutation(orgId, (id: string) => api.send('DELETE', `/orgs/${orgId}/context/${id}`));

export const useUpdateContextProfile = (orgId: string) =>
  useContextMutation(orgId, ({ version, changes }: { version: number; changes: UpdateContextProfileInput }) =>
    patchVersion(`/orgs/${orgId}/context-profile`, version, changes, ContextProfileSchema),
  );
