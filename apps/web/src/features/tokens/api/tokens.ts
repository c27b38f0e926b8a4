// API tokens: GET|POST /tokens, DELETE /tokens/{id} (revoke). The secret comes back once, on create.
import { ApiTokenSchema, CreateApiTokenSchema, CreatedApiTokenSchema } from '@openaims/core';
import { orgCollection } from '../../../lib/org-collection.ts';

const tokens = orgCollection('tokens', {
  item: ApiTokenSchema,
  create: CreateApiTokenSchema,
  created: CreatedApiTokenSchema,
});

export const tokensQuery = tokens.query;
export const useTokens = tokens.useList;
export const useCreateToken = tokens.useCreate;
export const useRevokeToken = tokens.useRemove;
