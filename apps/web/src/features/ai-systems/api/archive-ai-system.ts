// DELETE /orgs/{orgId}/ai-systems/{id} → 204: archives (records are retained, §7.5.3).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { aiSystemKeys } from './ai-system-keys.ts';

export function useArchiveAiSystem(orgId: string, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.send('DELETE', `/orgs/${orgId}/ai-systems/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: aiSystemKeys.all(orgId) }),
  });
}
