// POST /auth/login → Me; sets the session cookie.
import { type LoginInput, MeSchema } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { meQueryKey } from './get-me.ts';

export const signIn = (input: LoginInput) => api.post('/auth/login', input, MeSchema);

export function useSignIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (me) => {
      qc.setQueryData(meQueryKey, me);
    },
  });
}
