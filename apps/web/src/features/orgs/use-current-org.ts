// The organization in the URL, the caller's role in it, and what that role may do (the server still enforces).
import { can, type MyOrganization, type Permission } from '@openaims/core';
import { useParams } from '@tanstack/react-router';
import { useMyOrganizations } from '../auth/api/get-me.ts';

/** The `$orgId` of the current route; throws outside /orgs/$orgId/… routes. */
export function useOrgId(): string {
  const { orgId } = useParams({ strict: false });
  if (!orgId) throw new Error('useOrgId used outside an organization route');
  return orgId;
}

export interface CurrentOrg {
  orgId: string;
  org: MyOrganization | undefined;
  can: (permission: Permission) => boolean;
}

export function useCurrentOrg(): CurrentOrg {
  const orgId = useOrgId();
  const org = useMyOrganizations().find((o) => o.id === orgId);
  return { orgId, org, can: (p) => can(org?.role, p) };
}
