// Threat catalogue API hooks: search the imported catalogue, and import a MITRE ATLAS file (preview first).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { collectionQuery } from '../../../lib/collection.ts';
import { riskKeys } from './risks.ts';

export const ThreatSchema = z.object({
  id: z.string(),
  source: z.string(),
  externalId: z.string(),
  name: z.string(),
  description: z.string(),
  tactics: z.array(z.string()),
});
export type Threat = z.infer<typeof ThreatSchema>;

export const AtlasImportResultSchema = z.object({
  dryRun: z.boolean(),
  source: z.string(),
  sha256: z.string(),
  tactics: z.number().int(),
  techniques: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  sample: z.array(z.object({ externalId: z.string(), name: z.string(), tactics: z.array(z.string()) })),
});
export type AtlasImportResult = z.infer<typeof AtlasImportResultSchema>;

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
