// POST /orgs {name} → 201 Organization, with the caller as owner.
import { type CreateOrganizationInput, OrganizationSchema } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { meQueryKey } from '../../auth/api/get-me.ts';

export const createOrganization = (input: CreateOrganizationInput) =>
  api.post('/orgs', input, OrganizationSchema);

export function useCreateOrganization() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    // The switcher lists me.organizations, so the new one appears once /me is fetched again.
    onSuccess: () => qc.invalidateQueries({ queryKey: meQueryKey }),
  });
}
