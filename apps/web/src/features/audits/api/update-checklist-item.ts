// PATCH /orgs/{orgId}/audit-checklist-items/{id} with If-Match.
import { type ChecklistItem, ChecklistItemSchema, type UpdateChecklistItemInput } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { auditKeys } from './audit-keys.ts';

export function useUpdateChecklistItem(orgId: string, auditId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ item, changes }: { item: ChecklistItem; changes: UpdateChecklistItemInput }) =>
      api.patch(`/orgs/${orgId}/audit-checklist-items/${item.id}`, changes, ChecklistItemSchema, {
        'If-Match': `"${item.version}"`,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: auditKeys.checklist(orgId, auditId) }),
  });
}
