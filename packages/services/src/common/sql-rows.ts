// A raw `db.execute` answers differently by driver: node-postgres and PGlite wrap the rows in `{ rows }`, others
// answer the array itself. Queries written in SQL read their rows through here so both engines behave alike.

/** The rows of a raw SQL result, whichever engine answered. */
export function sqlRows<T>(result: unknown): T[] {
  return (result as { rows?: T[] }).rows ?? (result as T[]);
}
