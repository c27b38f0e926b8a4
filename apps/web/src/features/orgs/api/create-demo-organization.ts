// POST /demo-organizations {name?} → 201 {orgId}: a demo organization filled with records, the caller as owner.
import { type CreateDemoOrganizationInput, DemoOrganizationSchema } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { meQueryKey } from '../../auth/api/get-me.ts';

export const createDemoOrganization = (input: CreateDemoOrganizationInput) =>
  api.post('/demo-organizations', input, DemoOrganizationSchema);

export function useCreateDemoOrganization() {
  return useInvalidatingMutation([meQueryKey], createDemoOrganization);
}
