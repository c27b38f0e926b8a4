// Pieces shared by the inventory's entities (A.4, A.6, A.7, A.10): sources, licences, metrics, archive filter.
import { z } from 'zod';
import { CalendarDateSchema } from '../common/dates.ts';
import { withDefaults } from '../common/entity.ts';
import { HttpUrlSchema } from '../common/url.ts';

/** Where an inventory record came from; imports keep their source so a re-import updates it. */
export const RECORD_SOURCES = ['manual', 'cyclonedx', 'spdx', 'model-card'] as const;
/** A record source. */
export const RecordSourceSchema = z.enum(RECORD_SOURCES);
export type RecordSource = z.infer<typeof RecordSourceSchema>;

/** A licence as an SPDX expression or a free name (`apache-2.0`, `other`). */
export const licenceString = () => z.string().trim().max(500);

/** One measured value of a model or dataset (A.6.2.4 verification and validation). */
export const MetricSchema = z.object({
  name: z.string().trim().min(1).max(200),
  value: z.string().max(200),
  dataset: z.string().max(300).optional(),
  slice: z.string().max(300).optional(),
});
export type Metric = z.infer<typeof MetricSchema>;

const short = (n = 300) => z.string().max(n);
const long = () => z.string().max(20_000);

/**
 * What an import read that has no field of its own, kept as the file said it and shown on the record's page:
 * card tags and languages, CycloneDX model-card considerations (use cases, limitations, ethical and fairness
 * considerations, environmental cost — inputs to an impact assessment, §6.1.4, A.5), external references and
 * hashes (A.7.5 provenance), SPDX 3 AI and Dataset fields.
 */
export const RecordAttributesSchema = z
  .object({
    /** The format and version the attributes were read from (`CycloneDX 1.7`, `SPDX 3.0.1`, `Hugging Face card`). */
    format: short(100).optional(),
    languages: z.array(short(100)).max(1000).optional(),
    tags: z.array(short()).max(1000).optional(),
    /** Stored addresses are http(s) only (a `javascript:` link would run in the reader's browser). */
    licenseLink: HttpUrlSchema.optional(),
    baseModels: z.array(short()).max(100).optional(),
    pipelineTag: short(200).optional(),
    libraryName: short(200).optional(),
    useCases: z.array(long()).max(200).optional(),
    limitations: z.array(long()).max(200).optional(),
    performanceTradeoffs: z.array(long()).max(200).optional(),
    ethicalConsiderations: z
      .array(z.object({ name: long(), mitigation: long().optional() }).strict())
      .max(200)
      .optional(),
    fairnessAssessments: z
      .array(
        z
          .object({
            groupAtRisk: long().optional(),
            benefits: long().optional(),
            harms: long().optional(),
            mitigation: long().optional(),
          })
          .strict(),
      )
      .max(200)
      .optional(),
    /** Environmental cost as the file gave it (energy, CO2), one readable line each. */
    environmentalCost: z.array(long()).max(200).optional(),
    externalReferences: z
      .array(z.object({ type: short(100), url: HttpUrlSchema, comment: short(2000).optional() }).strict())
      .max(500)
      .optional(),
    hashes: z
      .array(z.object({ alg: short(50), content: short(1000) }).strict())
      .max(100)
      .optional(),
    domain: z.array(short()).max(100).optional(),
    autonomyType: short(50).optional(),
    safetyRiskAssessment: short(50).optional(),
    hyperparameters: z
      .array(z.object({ key: short(), value: short(2000) }).strict())
      .max(1000)
      .optional(),
    datasetSize: short(50).optional(),
    datasetTypes: z.array(short(100)).max(50).optional(),
    confidentialityLevel: short(50).optional(),
    /** Any other field of the format worth keeping, by its name in the file. */
    other: z.record(short(), long()).optional(),
  })
  .strict();
export type RecordAttributes = z.infer<typeof RecordAttributesSchema>;

/** Kinds of verification and validation work (A.6.2.4). */
export const VERIFICATION_KINDS = ['verification', 'validation', 'evaluation', 'red_team', 'other'] as const;
/** Words for the kinds. */
export const VERIFICATION_KIND_LABEL: Record<(typeof VERIFICATION_KINDS)[number], string> = {
  verification: 'Verification',
  validation: 'Validation',
  evaluation: 'Evaluation',
  red_team: 'Red-team exercise',
  other: 'Other',
};
/** What verification work found. */
export const VERIFICATION_OUTCOMES = ['passed', 'failed', 'conditional', 'informational'] as const;
/** Words for the outcomes. */
export const VERIFICATION_OUTCOME_LABEL: Record<(typeof VERIFICATION_OUTCOMES)[number], string> = {
  passed: 'Passed',
  failed: 'Failed',
  conditional: 'Passed with conditions',
  informational: 'For information',
};

/** A dated record of verification or validation work (A.6.2.4). */
export const VerificationRecordSchema = z.object({
  date: CalendarDateSchema,
  kind: z.enum(VERIFICATION_KINDS),
  summary: z.string().trim().min(1).max(2000),
  outcome: z.enum(VERIFICATION_OUTCOMES).default('informational'),
  link: HttpUrlSchema.optional(),
});
export type VerificationRecord = z.infer<typeof VerificationRecordSchema>;

/** `?archived=` on every inventory list. */
export const ArchivedFilterSchema = z.enum(['true', 'false', 'all']).default('false');

/** Base filter of every inventory list other than AI systems. */
export const InventoryFilterSchema = z.object({
  archived: ArchivedFilterSchema,
  supplierId: z.string().max(64).optional(),
});
export type InventoryFilter = z.infer<typeof InventoryFilterSchema>;

/** An id reference inside a body (bounded so a hostile body cannot grow a query). */
export const refId = () => z.string().min(1).max(64);

/**
 * The last fields of every inventory record (supplier, model, dataset): where it was imported from, the id the
 * file gave it (a re-import finds the record again by it) and when it was archived.
 */
export const inventoryRecordTail = {
  source: RecordSourceSchema,
  externalRef: z.string().nullable(),
  archivedAt: z.string().datetime().nullable(),
};

/** The last fields of a model or dataset: the import's leftovers, then the tail every inventory record has. */
export const importedRecordTail = {
  /** What an import read that has no field of its own (kept verbatim, shown on the record's page). */
  attributes: RecordAttributesSchema,
  ...inventoryRecordTail,
};

/** What every inventory list may be sorted by. */
export const INVENTORY_SORTS = ['name', 'createdAt', 'updatedAt'] as const;

/**
 * Body of `POST` for a record that may name its supplier (model, dataset): the editable fields with their defaults
 * and unknown fields refused. `supplierId` may be left out (no supplier), where a PATCH takes it as given.
 */
export function createWithSupplierSchema<
  S extends Record<string, z.ZodType> & { supplierId: z.ZodNullable<z.ZodString> },
  D extends { [K in keyof S]?: z.output<S[K]> },
>(fields: S, defaults: D) {
  // Spelled out: a spread of a generic type would intersect the two `supplierId`s instead of replacing one.
  const shape = { ...withDefaults(fields, defaults), supplierId: fields.supplierId.optional() } as Omit<
    ReturnType<typeof withDefaults<S, D>>,
    'supplierId'
  > & { supplierId: z.ZodOptional<S['supplierId']> };
  return z.object(shape).strict();
}
