// GET /orgs/{orgId}/ai-systems/{id}.
import { AiSystemSchema } from '@openaims/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { aiSystemKeys } from './ai-system-keys.ts';

export const aiSystemQuery = (orgId: string, id: string) =>
  queryOptions({
    queryKey: aiSystemKeys.detail(orgId, id),
    queryFn: () => api.get(`/orgs/${orgId}/ai-systems/${id}`, AiSystemSchema),
  });

export function useAiSystem(orgId: string, id: string) {
  return useQuery(aiSystemQuery(orgId, id));
}
