import { z } from 'zod';

/** One entry of the organization's hash-chained, append-only ledger (DESIGN §5, §7.5.3 control of records). */
export const LedgerEntrySchema = z.object({
  id: z.string(),
  seq: z.number().int().min(1),
  at: z.string().datetime(),
  actorType: z.enum(['user', 'token', 'system']),
  actorId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  data: z.unknown(),
  digest: z.string(),
  prevHash: z.string(),
  hash: z.string(),
});
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;

/** `GET …/ledger/verify`: whether the chain recomputes; `brokenAt` names the first bad sequence number. */
export const LedgerVerifySchema = z.object({
  ok: z.boolean(),
  count: z.number().int(),
  brokenAt: z.number().int().optional(),
  reason: z.string().optional(),
  head: z.string().nullable(),
  /** The signed checkpoint the run started from: entries up to its `seq` were verified by an earlier run. */
  checkpoint: z.object({ seq: z.number().int(), createdAt: z.string().datetime() }).optional(),
});
export type LedgerVerifyResult = z.infer<typeof LedgerVerifySchema>;

/** The hash that precedes the first entry of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields covered by an entry's hash, in canonical form (what verification recomputes). */
export function ledgerHashInput(
  e: Omit<LedgerEntry, 'hash' | 'data' | 'id'> & { organizationId: string },
): string {
  return [
    e.organizationId,
    e.seq,
    e.at,
    e.actorType,
    e.actorId ?? '',
    e.action,
    e.entityType,
    e.entityId,
    e.digest,
    e.prevHash,
  ].join('|');
}
