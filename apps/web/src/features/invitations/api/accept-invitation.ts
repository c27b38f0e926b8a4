// POST /invitations/accept {code, name?, password?}: joins the organization (creating the account if needed).
import type { AcceptInvitationInput } from '@openaims/core';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { meQueryKey } from '../../auth/api/get-me.ts';

/** The part of the answer the page relies on: which organization was joined. */
const AcceptResultSchema = z.looseObject({ organizationId: z.string() });

export function useAcceptInvitation() {
  return useInvalidatingMutation([meQueryKey], (input: AcceptInvitationInput) =>
    api.post('/invitations/accept', input, AcceptResultSchema),
  );
}
