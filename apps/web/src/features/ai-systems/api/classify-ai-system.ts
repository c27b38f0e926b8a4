// POST /orgs/{orgId}/ai-systems/{id}/classification {answers}: the server computes and stores the class.
import { AiSystemSchema, type ClassificationAnswersInput } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { aiSystemKeys } from './ai-system-keys.ts';

export function useClassifyAiSystem(orgId: string, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (answers: ClassificationAnswersInput) =>
      api.post(`/orgs/${orgId}/ai-systems/${id}/classification`, { answers }, AiSystemSchema),
    onSuccess: (sys) => {
      qc.setQueryData(aiSystemKeys.detail(orgId, id), sys);
      return qc.invalidateQueries({
        queryKey: aiSystemKeys.all(orgId),
        predicate: (q) => q.queryKey[3] !== 'detail',
      });
    },
  });
}
