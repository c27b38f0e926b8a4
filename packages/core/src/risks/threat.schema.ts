// The threat catalogue (MITRE ATLAS techniques) that risk identification picks from (§6.1.2 a), and what an
// import of the catalogue reports. One contract for the service, the route and the web app.
import { z } from 'zod';

/** A threat of the catalogue. */
export const ThreatSchema = z.object({
  id: z.string(),
  source: z.string(),
  externalId: z.string(),
  name: z.string(),
  description: z.string(),
  tactics: z.array(z.string()),
});
export type Threat = z.infer<typeof ThreatSchema>;

/** Result of an ATLAS import (or its dry-run preview). */
export const AtlasImportResultSchema = z.object({
  dryRun: z.boolean(),
  source: z.string(),
  sha256: z.string(),
  tactics: z.number().int(),
  techniques: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  /** The first techniques of the file, so a person can see what a preview would bring in. */
  sample: z.array(z.object({ externalId: z.string(), name: z.string(), tactics: z.array(z.string()) })),
});
export type AtlasImportResult = z.infer<typeof AtlasImportResultSchema>;
