// POST /orgs/{orgId}/audits (422 names an independence conflict, §9.2.2).
import { AuditSchema, type CreateAuditInput } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { auditKeys } from './audit-keys.ts';

export function useCreateAudit(orgId: string) {
  return useInvalidatingMutation([auditKeys.all(orgId)], (input: CreateAuditInput) =>
    api.post(`/orgs/${orgId}/audits`, input, AuditSchema),
  );
}
