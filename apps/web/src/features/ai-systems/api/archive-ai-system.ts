// DELETE /orgs/{orgId}/ai-systems/{id} → 204: archives (records are retained, §7.5.3).
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { aiSystemKeys } from './ai-system-keys.ts';

export function useArchiveAiSystem(orgId: string, id: string) {
  return useInvalidatingMutation([aiSystemKeys.all(orgId)], () =>
    api.send('DELETE', `/orgs/${orgId}/ai-systems/${id}`),
  );
}
