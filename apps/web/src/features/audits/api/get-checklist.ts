// GET /orgs/{orgId}/audits/{id}/checklist.
import { ChecklistItemSchema } from '@openaims/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { auditKeys } from './audit-keys.ts';

export function useChecklist(orgId: string, id: string) {
  return useQuery(
    queryOptions({
      queryKey: auditKeys.checklist(orgId, id),
      queryFn: () =>
        api.get(`/orgs/${orgId}/audits/${id}/checklist`, z.object({ items: z.array(ChecklistItemSchema) })),
    }),
  );
}
