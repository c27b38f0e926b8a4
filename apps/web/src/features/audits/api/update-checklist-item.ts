// PATCH /orgs/{orgId}/audit-checklist-items/{id} with If-Match.
import { type ChecklistItem, ChecklistItemSchema, type UpdateChecklistItemInput } from '@openaims/core';
import { patchVersion } from '../../../lib/patch-version.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { auditKeys } from './audit-keys.ts';

export function useUpdateChecklistItem(orgId: string, auditId: string) {
  return useInvalidatingMutation(
    [auditKeys.checklist(orgId, auditId)],
    ({ item, changes }: { item: ChecklistItem; changes: UpdateChecklistItemInput }) =>
      patchVersion(
        `/orgs/${orgId}/audit-checklist-items/${item.id}`,
        item.version,
        changes,
        ChecklistItemSchema,
      ),
  );
}
