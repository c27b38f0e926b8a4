// POST /orgs/{orgId}/audits (422 names an independence conflict, §9.2.2).
import { AuditSchema, type CreateAuditInput } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { auditKeys } from './audit-keys.ts';

export function useCreateAudit(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAuditInput) => api.post(`/orgs/${orgId}/audits`, input, AuditSchema),
    onSuccess: () => qc.invalidateQueries({ queryKey: auditKeys.all(orgId) }),
  });
}
