// Pieces shared by the inventory's entities (A.4, A.6, A.7, A.10): sources, licences, metrics, archive filter.
import { z } from 'zod';
import { CalendarDateSchema } from '../common/dates.ts';
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

/** A dated record of verification or validation work (A.6.2.4). */
export const VerificationRecordSchema = z.object({
  date: CalendarDateSchema,
  kind: z.enum(['verification', 'validation', 'evaluation', 'red_team', 'other']),
  summary: z.string().trim().min(1).max(2000),
  outcome: z.enum(['passed', 'failed', 'conditional', 'informational']).default('informational'),
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
