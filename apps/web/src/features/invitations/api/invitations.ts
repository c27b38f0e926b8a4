// Invitations: GET|POST /invitations, DELETE /invitations/{id} (revoke).
import { CreatedInvitationSchema, type CreateInvitationInput, InvitationSchema } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { collectionQuery, useCollection } from '../../../lib/collection.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';

const key = (orgId: string) => ['orgs', orgId, 'invitations'] as const;

export const invitationsQuery = (orgId: string, params: { q?: string; sort?: string }) =>
  collectionQuery(key(orgId), `/orgs/${orgId}/invitations`, InvitationSchema, params);

export function useInvitations(orgId: string, params: { q?: string; sort?: string }) {
  return useCollection(invitationsQuery(orgId, params));
}

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
