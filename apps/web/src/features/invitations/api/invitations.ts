// Invitations: GET|POST /invitations, DELETE /invitations/{id} (revoke).
import { CreatedInvitationSchema, type CreateInvitationInput, InvitationSchema } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { collectionQuery, useCollection } from '../../../lib/collection.ts';

const key = (orgId: string) => ['orgs', orgId, 'invitations'] as const;

export const invitationsQuery = (orgId: string, params: { q?: string; sort?: string }) =>
  collectionQuery(key(orgId), `/orgs/${orgId}/invitations`, InvitationSchema, params);

export function useInvitations(orgId: string, params: { q?: string; sort?: string }) {
  return useCollection(invitationsQuery(orgId, params));
}

export function useCreateInvitation(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateInvitationInput) =>
      api.post(`/orgs/${orgId}/invitations`, input, CreatedInvitationSchema),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(orgId) }),
  });
}

export function useRevokeInvitation(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.send('DELETE', `/orgs/${orgId}/invitations/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(orgId) }),
  });
}
