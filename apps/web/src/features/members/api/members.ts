// Members of an organization: GET /members, PATCH /members/{id} {role}, DELETE /members/{id}.
import { MemberSchema, type Role } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { collectionHook, collectionQuery } from '../../../lib/collection.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { meQueryKey } from '../../auth/api/get-me.ts';

const key = (orgId: string) => ['orgs', orgId, 'members'] as const;

export const membersQuery = (orgId: string, params: { q?: string; sort?: string }) =>
  collectionQuery(key(orgId), `/orgs/${orgId}/members`, MemberSchema, params);

export const useMembers = collectionHook(membersQuery);

// The caller's own role may have changed, so /me is read again too.
export function useChangeMemberRole(orgId: string) {
  return useInvalidatingMutation(
    [key(orgId), meQueryKey],
    ({ memberId, role }: { memberId: string; role: Role }) =>
      api.patch(`/orgs/${orgId}/members/${memberId}`, { role }, MemberSchema),
  );
}

export function useRemoveMember(orgId: string) {
  return useInvalidatingMutation([key(orgId), meQueryKey], (memberId: string) =>
    api.send('DELETE', `/orgs/${orgId}/members/${memberId}`),
  );
}
