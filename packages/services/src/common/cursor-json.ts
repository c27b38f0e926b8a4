// Every list cursor is base64url JSON the server issued, and anyone can edit it. What it decodes to reaches SQL, so
// it is refused here when it is not JSON or holds a NUL anywhere: PostgreSQL rejects a NUL in text with an error,
// which would otherwise be a 500 instead of a 400. Each list then checks the shape it expects.
import { AppError } from '@openaims/core';

/** The 400 for a cursor this server did not issue. */
export const invalidCursor = () =>
  new AppError('VALIDATION_FAILED', 'cursor is not one this server issued', {
    errors: [{ path: 'cursor', message: 'invalid cursor' }],
  });

function holdsNul(v: unknown): boolean {
  if (typeof v === 'string') return v.includes('\u0000');
  if (Array.isArray(v)) return v.some(holdsNul);
  if (v && typeof v === 'object')
    return Object.entries(v).some(([k, x]) => k.includes('\u0000') || holdsNul(x));
  return false;
}

/** The JSON value a cursor carries; throws `invalidCursor()` when it is not JSON or holds a NUL. */
export function cursorJson(cursor: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (holdsNul(value)) throw invalidCursor();
  return value;
}
