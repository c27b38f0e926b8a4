// Invitations: GET|POST /invitations, DELETE /invitations/{id} (revoke).
import { CreatedInvitationSchema, CreateInvitationSchema, InvitationSchema } from '@openaims/core';
import { orgCollection } from '../../../lib/org-collection.ts';

const invitations = orgCollection('invitations', {
  item: InvitationSchema,
  create: CreateInvitationSchema,
  created: CreatedInvitationSchema,
});

export const invitationsQuery = invitations.query;
export const useInvitations = invitations.useList;
export const useCreateInvitation = invitations.useCreate;
export const useRevokeInvitation = invitations.useRemove;
