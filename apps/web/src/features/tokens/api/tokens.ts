// API tokens: GET|POST /tokens, DELETE /tokens/{id} (revoke). The secret comes back once, on create.
import { ApiTokenSchema, type CreateApiTokenInput, CreatedApiTokenSchema } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { collectionHook, collectionQuery } from '../../../lib/collection.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';

const key = (orgId: string) => ['orgs', orgId, 'tokens'] as const;

export const tokensQuery = (orgId: string, params: { q?: string; sort?: string }) =>
  collectionQuery(key(orgId), `/orgs/${orgId}/tokens`, ApiTokenSchema, params);

export const useTokens = collectionHook(tokensQuery);

export function useCreateToken(orgId: string) {
  return useInvalidatingMutation([key(orgId)], (input: CreateApiTokenInput) =>
    api.post(`/orgs/${orgId}/tokens`, input, CreatedApiTokenSchema),
  );
}

export function useRevokeToken(orgId: string) {
  return useInvalidatingMutation([key(orgId)], (id: string) =>
    api.send('DELETE', `/orgs/${orgId}/tokens/${id}`),
  );
}
