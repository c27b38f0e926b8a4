// The contract of inventory imports (DESIGN §6): kinds, the preview/apply result.
import { z } from 'zod';

/** Default largest import file (`AIMS_IMPORT_MAX_BYTES`): a full NIST SP 800-53 OSCAL catalog is 3–10 MB. */
export const DEFAULT_IMPORT_MAX_BYTES = 50 * 1024 * 1024;

/** True for a request to one of the import routes (`POST /api/v1/orgs/{orgId}/imports/…`), which take big files. */
export function isImportRequest(method: string, path: string): boolean {
  return method === 'POST' && /^\/api\/v1\/orgs\/[^/]+\/imports\/[^/]+$/.test(path);
}

/** Inventory import kinds (`POST …/imports/{kind}`). */
export const INVENTORY_IMPORT_KINDS = ['cyclonedx', 'spdx', 'model-card'] as const;
/** A kind of inventory import. */
export const InventoryImportKindSchema = z.enum(INVENTORY_IMPORT_KINDS);
export type InventoryImportKind = z.infer<typeof InventoryImportKindSchema>;

/** What an import did (or, in a dry run, would do) to one record; `skipped` records are left as they are. */
export const ImportOutcomeSchema = z.enum(['created', 'updated', 'unchanged', 'skipped']);
/** Words for what an import did with a record. */
export const IMPORT_OUTCOME_LABEL: Record<z.infer<typeof ImportOutcomeSchema>, string> = {
  created: 'Created',
  updated: 'Updated',
  unchanged: 'Unchanged',
  skipped: 'Skipped',
};

/**
 * One record an import touched. `id` is null for a record a dry run would create (it does not exist yet);
 * `reason` says why the outcome is what it is, and `changes` names the fields an update would change.
 */
export const ImportItemSchema = z.object({
  entity: z.enum(['model', 'dataset', 'supplier']),
  name: z.string(),
  externalRef: z.string(),
  outcome: ImportOutcomeSchema,
  id: z.string().nullable(),
  reason: z.string(),
  changes: z.array(z.string()).optional(),
});

/** A part of the file that becomes no record, and why (e.g. a software library in a BOM). */
export const ImportSkippedSchema = z.object({ location: z.string(), name: z.string(), reason: z.string() });

const counts = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
});

/** The answer of an import: per-record outcomes and totals; `dryRun` results were rolled back. */
export const ImportResultSchema = z.object({
  kind: InventoryImportKindSchema,
  dryRun: z.boolean(),
  /** The format and version read (`CycloneDX 1.7`, `SPDX 3.0.1`, `Hugging Face card`). */
  format: z.string(),
  items: z.array(ImportItemSchema),
  totals: z.object({ models: counts, datasets: counts, suppliers: counts }),
  skipped: z.array(ImportSkippedSchema),
  notes: z.array(z.string()),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** `?dryRun=true` previews; `?name=` names a model card that has no name of its own. */
export const ImportQuerySchema = z.object({
  dryRun: z.enum(['true', 'false']).default('false'),
  name: z.string().trim().min(1).max(300).optional(),
});
