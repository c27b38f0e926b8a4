// POST /orgs/{orgId}/findings.
import { type CreateFindingInput, FindingSchema } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { auditKeys } from './audit-keys.ts';

export function useCreateFinding(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateFindingInput) => api.post(`/orgs/${orgId}/findings`, input, FindingSchema),
    onSuccess: () => qc.invalidateQueries({ queryKey: auditKeys.all(orgId) }),
  });
}
