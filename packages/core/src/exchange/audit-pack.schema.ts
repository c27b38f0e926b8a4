// The audit pack's period (issue 11; ISO/IEC 42006 asks the certification body to sample records of the audited
// period): the ledger excerpt and the evidence in the pack are those of this period.
import { z } from 'zod';
import { DateSchema } from '../risks/risk.schema.ts';

/** `GET …/exports/audit-pack.zip?from=&to=`: both optional; `to` defaults to today (UTC), `from` to the start. */
export const AuditPackQuerySchema = z
  .object({
    from: DateSchema.optional(),
    to: DateSchema.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'from must not be after to',
    path: ['from'],
  });
export type AuditPackQuery = z.infer<typeof AuditPackQuerySchema>;

/** The manifest format name written into every pack. */
export const AUDIT_PACK_FORMAT = 'openaims-audit-pack/1';
