// GET /invitations/{code} (public): which organization and role an invitation offers, before accepting.
import { RoleSchema } from '@openaims/core';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { queryHook } from '../../../lib/api-query.ts';

/** The server's preview answer (apps/server auth.routes); not part of core yet. */
const InvitationPreviewSchema = z.object({
  organizationName: z.string(),
  email: z.string(),
  role: RoleSchema,
  expiresAt: z.string(),
});

export const invitationPreviewQuery = (code: string) =>
  queryOptions({
    queryKey: ['invitation-preview', code],
    queryFn: () => api.get(`/invitations/${encodeURIComponent(code)}`, InvitationPreviewSchema),
    retry: false,
  });

export const useInvitationPreview = queryHook(invitationPreviewQuery);
