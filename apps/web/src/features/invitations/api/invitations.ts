// Invitations: GET|POST /invitations, DELETE /invitations/{id} (revoke).
import { CreatedInvitationSchema, type CreateInvitationInput, InvitationSchema } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { collectionHook, collectionQuery } from '../../../lib/collection.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';

const key = (orgId: string) => ['orgs', orgId, 'invitations'] as const;

export const invitationsQuery = (orgId: string, params: { q?: string; sort?: string }) =>
  collectionQuery(key(orgId), `/orgs/${orgId}/invitations`, InvitationSchema, params);

export const useInvitations = collectionHook(invitationsQuery);

export function useCreateInvitation(orgId: string) {
  return useInvalidatingMutation([key(orgId)], (input: CreateInvitationInput) =>
    api.post(`/orgs/${orgId}/invitations`, input, CreatedInvitationSchema),
  );
}

export function useRevokeInvitation(orgId: string) {
  return useInvalidatingMutation([key(orgId)], (id: string) =>
    api.send('DELETE', `/orgs/${orgId}/invitations/${id}`),
  );
}
