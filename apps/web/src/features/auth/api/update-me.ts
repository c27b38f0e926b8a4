// PATCH /me → Me: the signed-in person's own settings (the web app's language, remembered on the server).
import { type Locale, MeSchema } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { meQueryKey } from './get-me.ts';

export const updateMyLocale = (locale: Locale | null) => api.patch('/me', { locale }, MeSchema);

export function useUpdateMyLocale() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateMyLocale,
    onSuccess: (me) => qc.setQueryData(meQueryKey, me),
  });
}
