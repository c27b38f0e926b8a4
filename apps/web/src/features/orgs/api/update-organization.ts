// Change the organization's name or options (PATCH /orgs/{orgId}); the org list of `me` carries them.
import { OrganizationSchema, type UpdateOrganizationInput } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { meQueryKey } from '../../auth/api/get-me.ts';

export function useUpdateOrganization(orgId: string) {
  return useInvalidatingMutation([meQueryKey], (input: UpdateOrganizationInput) =>
    api.patch(`/orgs/${orgId}`, input, OrganizationSchema),
  );
}
