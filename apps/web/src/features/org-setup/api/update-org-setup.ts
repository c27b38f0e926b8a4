// PATCH /orgs/{orgId}/setup: skip or reopen a step, finish, dismiss or resume the guide.
import { OrgSetupSchema, type UpdateOrgSetupInput } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { orgSetupKeys } from './get-org-setup.ts';

export function useUpdateOrgSetup(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateOrgSetupInput) => api.patch(`/orgs/${orgId}/setup`, input, OrgSetupSchema),
    onSuccess: (s) => qc.setQueryData(orgSetupKeys.all(orgId), s),
  });
}
