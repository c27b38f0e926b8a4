// POST /orgs {name} → 201 Organization, with the caller as owner.
import { type CreateOrganizationInput, OrganizationSchema } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { meQueryKey } from '../../auth/api/get-me.ts';

export const createOrganization = (input: CreateOrganizationInput) =>
  api.post('/orgs', input, OrganizationSchema);

export function useCreateOrganization() {
  // The switcher lists me.organizations, so the new one appears once /me is fetched again.
  return useInvalidatingMutation([meQueryKey], createOrganization);
}
