// The change set a ledger entry records for an update.
import { canonicalJson } from '@openaims/core';

/** A change set `{field: {from, to}}`, comparing canonical JSON (jsonb does not keep key order). */
export function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const [k, v] of Object.entries(after)) {
    if (v !== undefined && canonicalJson(before[k] ?? null) !== canonicalJson(v))
      out[k] = { from: before[k], to: v };
  }
  return out;
}
