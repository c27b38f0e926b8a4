// GET /orgs/{orgId}/ai-systems/{id}.
import { AiSystemSchema } from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../../lib/api-query.ts';
import { aiSystemKeys } from './ai-system-keys.ts';

export const aiSystemQuery = (orgId: string, id: string) =>
  apiQuery(aiSystemKeys.detail(orgId, id), `/orgs/${orgId}/ai-systems/${id}`, AiSystemSchema);

export function useAiSystem(orgId: string, id: string) {
  return useQuery(aiSystemQuery(orgId, id));
}
