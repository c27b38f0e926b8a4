// Row → API entity, read off the entity's core schema: the API shape is the schema, so a mapper that spells out
// every field again can only drift from it (a new column forgotten, a secret column copied by a spread). A
// projection takes exactly the schema's keys from the row — a token hash or webhook secret is never among them —
// and turns Date values into ISO strings, the one conversion every mapper made.
import { getTableColumns, type Table } from 'drizzle-orm';
import type { z } from 'zod';

/** The entity-base stamps, which the API answers list last (`id, organizationId, …fields, createdAt, updatedAt, version`). */
const STAMPS = ['createdAt', 'updatedAt', 'version'];

/**
 * The schema's keys in the order the API answers them: the schema's order, except that an entity's stamps (present
 * together when the schema extends `EntityBaseSchema`, which puts them right after `id`) come last.
 */
function answerKeys(shape: Record<string, unknown>): string[] {
  const keys = Object.keys(shape);
  if (!STAMPS.every((k) => k in shape)) return keys;
  return [...keys.filter((k) => !STAMPS.includes(k)), ...STAMPS];
}

/**
 * The schema's keys in the table's column order, then the computed ones in schema order: what a `{ ...row, computed }`
 * mapper answered, for the modules whose answers have always followed their table.
 */
function columnKeys(shape: Record<string, unknown>, table: Table): string[] {
  const columns = Object.keys(getTableColumns(table));
  return [...columns.filter((c) => c in shape), ...Object.keys(shape).filter((k) => !columns.includes(k))];
}

/**
 * A mapper from a row to the schema's entity, its key list built once. The row must carry every key of the schema (a
 * type error names the missing one); computed or role-dependent fields are spread over the row by the caller
 * (`toX({ ...r, progress })`). Values are taken as stored — enum columns were validated on the way in — with Dates as
 * ISO strings and null kept null. One argument only, so it can be handed to `rows.map` as it is. Keys come in the API's
 * order (identity first, stamps last), or in the column order of `table` when given.
 */
export function projection<S extends z.ZodObject>(
  schema: S,
  table?: Table,
): (row: { [K in keyof z.infer<S>]: unknown }) => z.infer<S> {
  const keys = table ? columnKeys(schema.shape, table) : answerKeys(schema.shape);
  return (row) => {
    const from = row as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const v = from[k];
      out[k] = v instanceof Date ? v.toISOString() : v;
    }
    return out as z.infer<S>;
  };
}
