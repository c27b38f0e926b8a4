// Recognizing database errors that mean something to a caller (not a crash), on both drivers.

/** PostgreSQL unique_violation (23505), as raised by PGlite or pg, possibly wrapped by Drizzle. */
export function isUniqueViolation(e: unknown): boolean {
  const code = (x: unknown) =>
    x && typeof x === 'object' && 'code' in x ? (x as { code: unknown }).code : undefined;
  return code(e) === '23505' || code((e as { cause?: unknown } | null)?.cause) === '23505';
}
