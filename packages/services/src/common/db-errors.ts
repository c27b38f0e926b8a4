// Recognizing database errors that mean something to a caller (not a crash), on both drivers.

/** The SQLSTATE of a PostgreSQL error as raised by PGlite or pg, possibly wrapped by Drizzle. */
export function sqlState(e: unknown): string | undefined {
  const code = (x: unknown) =>
    x && typeof x === 'object' && 'code' in x && typeof (x as { code: unknown }).code === 'string'
      ? (x as { code: string }).code
      : undefined;
  return code(e) ?? code((e as { cause?: unknown } | null)?.cause);
}

/** PostgreSQL unique_violation (23505). */
export function isUniqueViolation(e: unknown): boolean {
  return sqlState(e) === '23505';
}

/** PostgreSQL foreign_key_violation (23503): a link to a record of another organization, or to none. */
export function isForeignKeyViolation(e: unknown): boolean {
  return sqlState(e) === '23503';
}

/** PostgreSQL data exceptions (class 22: an impossible date, a number out of range, bad text for a type). */
export function isDataException(e: unknown): boolean {
  return sqlState(e)?.startsWith('22') ?? false;
}
