// Change the organization's name or options (PATCH /orgs/{orgId}); the org list of `me` carries them.
import { OrganizationSchema, type UpdateOrganizationInput } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { meQueryKey } from '../../auth/api/get-me.ts';

export function useUpdateOrganization(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateOrganizationInput) => api.patch(`/orgs/${orgId}`, input, OrganizationSchema),
    onSuccess: () => qc.invalidateQueries({ queryKey: meQueryKey }),
  });
}
