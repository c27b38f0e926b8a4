// POST /auth/password-reset: asks for a reset link by e-mail (answered alike whether or not the account exists).
import { PasswordResetAcceptedSchema, type PasswordResetRequestInput } from '@openaims/core';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export const requestPasswordReset = (input: PasswordResetRequestInput) =>
  api.post('/auth/password-reset', input, PasswordResetAcceptedSchema);

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
