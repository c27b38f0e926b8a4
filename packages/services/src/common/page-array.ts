// Keyset pagination over an ordered in-memory list (fixed, small sets: catalogue rows, the 38 SoA entries).
import type { Page } from '@openaims/core';
import { cursorJson, invalidCursor } from './cursor-json.ts';

/** The page after the row whose key the cursor names; the cursor is opaque base64url JSON of that key. */
export function pageArray<T>(
  rows: readonly T[],
  query: { limit: number; cursor?: string },
  keyOf: (row: T) => string,
): Page<T> {
  let start = 0;
  if (query.cursor) {
    const key = (cursorJson(query.cursor) as { k?: unknown } | null)?.k;
    const at = typeof key === 'string' ? rows.findIndex((r) => keyOf(r) === key) : -1;
    if (at < 0) throw invalidCursor();
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
