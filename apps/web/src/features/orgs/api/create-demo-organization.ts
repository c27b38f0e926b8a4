// POST /demo-organizations {name?} → 201 {orgId}: a demo organization filled with records, the caller as owner.
import { type CreateDemoOrganizationInput, DemoOrganizationSchema } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { meQueryKey } from '../../auth/api/get-me.ts';

export const createDemoOrganization = (input: CreateDemoOrganizationInput) =>
  api.post('/demo-organizations', input, DemoOrganizationSchema);

export function useCreateDemoOrganization() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createDemoOrganization,
    onSuccess: () => qc.invalidateQueries({ queryKey: meQueryKey }),
  });
}
