// Reports and exports show people by name, not by id: one query for every person a document mentions.
import { type Db, tables } from '@openaims/db';
import { anyOf } from './any-of.ts';

/** The names of the given users by id (nulls and repeats ignored; no query when none is named). */
export async function userNames(
  db: Db,
  ids: readonly (string | null | undefined)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Map();
  const rows = await db
    .select({ id: tables.users.id, name: tables.users.name })
    .from(tables.users)
    .where(anyOf(tables.users.id, wanted));
  return new Map(rows.map((u) => [u.id, u.name]));
}
