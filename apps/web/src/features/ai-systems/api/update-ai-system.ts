// PATCH /orgs/{orgId}/ai-systems/{id} with If-Match: "<version>"; a stale version answers 412.
import { AiSystemSchema, type UpdateAiSystemInput } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { patchVersion } from '../../../lib/patch-version.ts';
import { aiSystemKeys } from './ai-system-keys.ts';

export function useUpdateAiSystem(orgId: string, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ version, input }: { version: number; input: UpdateAiSystemInput }) =>
      patchVersion(`/orgs/${orgId}/ai-systems/${id}`, version, input, AiSystemSchema),
    onSuccess: (sys) => {
      qc.setQueryData(aiSystemKeys.detail(orgId, id), sys);
      return qc.invalidateQueries({
        queryKey: aiSystemKeys.all(orgId),
        predicate: (q) => q.queryKey[3] !== 'detail',
      });
    },
  });
}
