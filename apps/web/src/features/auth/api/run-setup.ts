// POST /setup: creates the first organization and its owner, and signs the owner in.
import { type SetupInput, SetupResultSchema } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export const runSetup = (input: SetupInput) => api.post('/setup', input, SetupResultSchema);

export function useRunSetup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: runSetup,
    onSuccess: async () => {
      qc.setQueryData(['setup'], (old: { needsSetup: boolean; oidc: boolean } | undefined) =>
        old ? { ...old, needsSetup: false } : old,
      );
      await qc.invalidateQueries({ queryKey: ['me'] });
    },
  });
}
