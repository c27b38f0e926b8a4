// GET /orgs/{orgId}/audit-programmes.
import { AuditProgrammeSchema } from '@openaims/core';
import { collectionQuery, useCollection } from '../../../lib/collection.ts';
import { auditKeys } from './audit-keys.ts';

export function useAuditProgrammes(orgId: string) {
  return useCollection(
    collectionQuery(auditKeys.programmes(orgId), `/orgs/${orgId}/audit-programmes`, AuditProgrammeSchema, {}),
  );
}
