// POST /orgs/{orgId}/audit-programmes.
import { AuditProgrammeSchema, type CreateAuditProgrammeInput } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { auditKeys } from './audit-keys.ts';

export function useCreateAuditProgramme(orgId: string) {
  return useInvalidatingMutation([auditKeys.all(orgId)], (input: CreateAuditProgrammeInput) =>
    api.post(`/orgs/${orgId}/audit-programmes`, input, AuditProgrammeSchema),
  );
}
