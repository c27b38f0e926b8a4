// GET /orgs/{orgId}/audits/{id}.
import { AuditSchema } from '@openaims/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { auditKeys } from './audit-keys.ts';

export function useAudit(orgId: string, id: string) {
  return useQuery(
    queryOptions({
      queryKey: auditKeys.detail(orgId, id),
      queryFn: () => api.get(`/orgs/${orgId}/audits/${id}`, AuditSchema),
    }),
  );
}
