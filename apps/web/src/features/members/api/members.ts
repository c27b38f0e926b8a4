// Members of an organization: GET /members, PATCH /members/{id} {role}, DELETE /members/{id}.
import { MemberSchema, type Role } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { collectionQuery, useCollection } from '../../../lib/collection.ts';
import { meQueryKey } from '../../auth/api/get-me.ts';

const key = (orgId: string) => ['orgs', orgId, 'members'] as const;

export const membersQuery = (orgId: string, params: { q?: string; sort?: string }) =>
  collectionQuery(key(orgId), `/orgs/${orgId}/members`, MemberSchema, params);

export function useMembers(orgId: string, params: { q?: string; sort?: string }) {
  return useCollection(membersQuery(orgId, params));
}

export function useChangeMemberRole(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, role }: { memberId: string; role: Role }) =>
      api.patch(`/orgs/${orgId}/members/${memberId}`, { role }, MemberSchema),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: key(orgId) });
      // The caller's own role may have changed.
      await qc.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}

export function useRemoveMember(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) => api.send('DELETE', `/orgs/${orgId}/members/${memberId}`),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: key(orgId) });
      await qc.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
