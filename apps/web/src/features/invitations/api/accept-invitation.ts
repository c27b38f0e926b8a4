// POST /invitations/accept {code, name?, password?}: joins the organization (creating the account if needed).
import type { AcceptInvitationInput } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { meQueryKey } from '../../auth/api/get-me.ts';

/** The part of the answer the page relies on: which organization was joined. */
const AcceptResultSchema = z.looseObject({ organizationId: z.string() });

export function useAcceptInvitation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: AcceptInvitationInput) => api.post('/invitations/accept', input, AcceptResultSchema),
    onSuccess: () => qc.invalidateQueries({ queryKey: meQueryKey }),
  });
}
