// Threat catalogue API hooks: search the imported catalogue, and import a MITRE ATLAS file (preview first).

import { AtlasImportResultSchema, ThreatSchema } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { collectionQuery } from '../../../lib/collection.ts';
import { riskKeys } from './risks.ts';

export type { AtlasImportResult, Threat } from '@openaims/core';

/** The catalogue, searched by technique id or name on the server, a page at a time (cursor). */
export const threatCatalogueQuery = (orgId: string, q: string) =>
  collectionQuery([...riskKeys.all(orgId), 'threats', 'catalogue'], `/orgs/${orgId}/threats`, ThreatSchema, {
    q,
  });

export function useImportAtlas(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ text, dryRun }: { text: string; dryRun: boolean }) =>
      api.upload(`/orgs/${orgId}/imports/atlas`, text, 'application/yaml', AtlasImportResultSchema, {
        dryRun,
      }),
    onSuccess: (r) => {
      if (!r.dryRun) qc.invalidateQueries({ queryKey: [...riskKeys.all(orgId), 'threats'] });
    },
  });
}
