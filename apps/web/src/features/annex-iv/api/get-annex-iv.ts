// GET /orgs/{orgId}/ai-systems/{id}/annex-iv: the nine Annex IV sections, each line with its source, and the gaps.
import { AnnexIvDocumentSchema } from '@openaims/core';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { queryHook } from '../../../lib/api-query.ts';

export const annexIvQuery = (orgId: string, aiSystemId: string) =>
  queryOptions({
    queryKey: ['orgs', orgId, 'ai-systems', aiSystemId, 'annex-iv'] as const,
    queryFn: () => api.get(`/orgs/${orgId}/ai-systems/${aiSystemId}/annex-iv`, AnnexIvDocumentSchema),
  });

export const useAnnexIv = queryHook(annexIvQuery);
