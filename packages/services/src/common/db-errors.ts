// Recognising database errors that map to a domain answer rather than a 500.

/** PostgreSQL unique_violation (23505), as raised by either driver, possibly wrapped by Drizzle. */
export function isUniqueViolation(e: unknown): boolean {
  const code = (x: unknown) =>
    x && typeof x === 'object' && 'code' in x ? (x as { code: unknown }).code : undefined;
  return code(e) === '23505' || code((e as { cause?: unknown } | null)?.cause) === '23505';
}
