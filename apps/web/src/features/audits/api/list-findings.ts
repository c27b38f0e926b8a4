// GET /orgs/{orgId}/findings?auditId=.
import { FindingSchema } from '@openaims/core';
import { collectionQuery, useCollection } from '../../../lib/collection.ts';
import { auditKeys } from './audit-keys.ts';

export function useAuditFindings(orgId: string, auditId: string) {
  return useCollection(
    collectionQuery(auditKeys.findings(orgId, auditId), `/orgs/${orgId}/findings`, FindingSchema, {
      auditId,
      limit: '500',
    }),
  );
}
