// Keyset pagination over an ordered in-memory list (fixed, small sets: catalogue rows, the 38 SoA entries).
import { AppError, type Page } from '@openaims/core';

const invalid = () =>
  new AppError('VALIDATION_FAILED', 'cursor is not one this server issued', {
    errors: [{ path: 'cursor', message: 'invalid cursor' }],
  });

/** The page after the row whose key the cursor names; the cursor is opaque base64url JSON of that key. */
export function pageArray<T>(
  rows: readonly T[],
  query: { limit: number; cursor?: string },
  keyOf: (row: T) => string,
): Page<T> {
  let start = 0;
  if (query.cursor) {
    let key: unknown;
    try {
      key = (JSON.parse(Buffer.from(query.cursor, 'base64url').toString('utf8')) as { k?: unknown }).k;
    } catch {
      throw invalid();
    }
    const at = typeof key === 'string' ? rows.findIndex((r) => keyOf(r) === key) : -1;
    if (at < 0) throw invalid();
    start = at + 1;
  }
  const items = rows.slice(start, start + query.limit);
  const last = items[items.length - 1];
  const more = start + query.limit < rows.length;
  return {
    items,
    nextCursor: more && last ? Buffer.from(JSON.stringify({ k: keyOf(last) })).toString('base64url') : null,
  };
}
