// GET /orgs/{orgId}/ai-systems/{id}.
import { AiSystemSchema } from '@openaims/core';
import { apiQuery, queryHook } from '../../../lib/api-query.ts';
import { aiSystemKeys } from './ai-system-keys.ts';

export const aiSystemQuery = (orgId: string, id: string) =>
  apiQuery(aiSystemKeys.detail(orgId, id), `/orgs/${orgId}/ai-systems/${id}`, AiSystemSchema);

export const useAiSystem = queryHook(aiSystemQuery);
