// POST /orgs/{orgId}/ai-systems → 201 AiSystem.
import { AiSystemSchema, type CreateAiSystemInput } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { aiSystemKeys } from './ai-system-keys.ts';

export function useCreateAiSystem(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAiSystemInput) => api.post(`/orgs/${orgId}/ai-systems`, input, AiSystemSchema),
    onSuccess: (sys) => {
      qc.setQueryData(aiSystemKeys.detail(orgId, sys.id), sys);
      return qc.invalidateQueries({ queryKey: aiSystemKeys.all(orgId) });
    },
  });
}
