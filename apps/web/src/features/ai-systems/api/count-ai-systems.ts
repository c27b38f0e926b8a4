// How many AI systems are in the inventory, for the dashboard: one page of up to 500, "500+" beyond.
import { AiSystemSchema, MAX_LIMIT, pageSchema } from '@openaims/core';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { queryHook } from '../../../lib/api-query.ts';
import { aiSystemKeys } from './ai-system-keys.ts';

export const aiSystemCountQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...aiSystemKeys.all(orgId), 'count'],
    queryFn: async () => {
      const page = await api.get(`/orgs/${orgId}/ai-systems`, pageSchema(AiSystemSchema), {
        limit: MAX_LIMIT,
      });
      return { count: page.items.length, more: page.nextCursor !== null };
    },
  });

export const useAiSystemCount = queryHook(aiSystemCountQuery);
