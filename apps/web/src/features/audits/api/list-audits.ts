// GET /orgs/{orgId}/audits.
import { AuditSchema } from '@openaims/core';
import { collectionQuery, useCollection } from '../../../lib/collection.ts';
import { auditKeys } from './audit-keys.ts';

export function useAudits(orgId: string) {
  return useCollection(
    collectionQuery(auditKeys.list(orgId), `/orgs/${orgId}/audits`, AuditSchema, { limit: '500' }),
  );
}
