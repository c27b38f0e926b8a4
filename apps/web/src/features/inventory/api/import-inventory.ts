// POST /orgs/{orgId}/imports/{kind} with the file as the body; `dryRun` previews without writing.
import { type ImportResult, ImportResultSchema, type InventoryImportKind } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { inventoryKeys } from './inventory-keys.ts';

const CONTENT_TYPE: Record<InventoryImportKind, string> = {
  cyclonedx: 'application/vnd.cyclonedx+json',
  spdx: 'application/spdx+json',
  'model-card': 'text/markdown',
};

export interface ImportRequest {
  kind: InventoryImportKind;
  text: string;
  dryRun: boolean;
  name?: string;
}

export function useImportInventory(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (r: ImportRequest): Promise<ImportResult> =>
      api.upload(`/orgs/${orgId}/imports/${r.kind}`, r.text, CONTENT_TYPE[r.kind], ImportResultSchema, {
        dryRun: r.dryRun ? 'true' : undefined,
        name: r.name,
      }),
    onSuccess: (result) =>
      result.dryRun ? undefined : qc.invalidateQueries({ queryKey: inventoryKeys.all(orgId) }),
  });
}
