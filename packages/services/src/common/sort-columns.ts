// A list's sortable columns, from the core list of sort fields the API accepts (`…_SORTS`): each field is the
// table's column of the same name, so the fields are named once, in core, and the repository cannot drift.
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/** The table's columns for the allowed sort fields, by field name (the `sortable` of a tenant list). */
export function sortColumns<F extends string, T extends PgTable & Record<F, PgColumn>>(
  table: T,
  fields: readonly F[],
): Record<F, PgColumn> {
  const out = {} as Record<F, PgColumn>;
  for (const f of fields) out[f] = table[f];
  return out;
}
