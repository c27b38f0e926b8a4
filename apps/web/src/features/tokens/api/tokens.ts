// API tokens: GET|POST /tokens, DELETE /tokens/{id} (revoke). The secret comes back once, on create.
import { ApiTokenSchema, type CreateApiTokenInput, CreatedApiTokenSchema } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { collectionQuery, useCollection } from '../../../lib/collection.ts';

const key = (orgId: string) => ['orgs', orgId, 'tokens'] as const;

export const tokensQuery = (orgId: string, params: { q?: string; sort?: string }) =>
  collectionQuery(key(orgId), `/orgs/${orgId}/tokens`, ApiTokenSchema, params);

export function useTokens(orgId: string, params: { q?: string; sort?: string }) {
  return useCollection(tokensQuery(orgId, params));
}

export function useCreateToken(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateApiTokenInput) =>
      api.post(`/orgs/${orgId}/tokens`, input, CreatedApiTokenSchema),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(orgId) }),
  });
}

export function useRevokeToken(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.send('DELETE', `/orgs/${orgId}/tokens/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(orgId) }),
  });
}
