// POST /auth/password-reset/{token}: sets the new password with the e-mailed token (204).
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export const resetPassword = (input: { token: string; password: string }) =>
  api.send('POST', `/auth/password-reset/${encodeURIComponent(input.token)}`, { password: input.password });

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword });
}
