// POST /orgs/{orgId}/findings.
import { type CreateFindingInput, FindingSchema } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { auditKeys } from './audit-keys.ts';

export function useCreateFinding(orgId: string) {
  return useInvalidatingMutation([auditKeys.all(orgId)], (input: CreateFindingInput) =>
    api.post(`/orgs/${orgId}/findings`, input, FindingSchema),
  );
}
