// POST /orgs/{orgId}/audit-programmes.
import { AuditProgrammeSchema, type CreateAuditProgrammeInput } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { auditKeys } from './audit-keys.ts';

export function useCreateAuditProgramme(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAuditProgrammeInput) =>
      api.post(`/orgs/${orgId}/audit-programmes`, input, AuditProgrammeSchema),
    onSuccess: () => qc.invalidateQueries({ queryKey: auditKeys.all(orgId) }),
  });
}
