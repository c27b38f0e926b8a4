// POST /auth/logout → 204; forgets every cached answer so nothing of the session remains on screen.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { meQueryKey } from './get-me.ts';

export const signOut = () => api.send('POST', '/auth/logout');

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'setup' });
      qc.setQueryData(meQueryKey, null);
    },
  });
}
