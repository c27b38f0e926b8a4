// Following a list's cursor to its end, for exports and packs that need every record rather than one page.
import type { Page } from '@openaims/core';

/** Each item of a cursor-paged list, page by page (at most `maxPages` pages). */
export async function* itemsOf<T>(
  fetch: (cursor?: string) => Promise<Page<T>>,
  maxPages = Number.POSITIVE_INFINITY,
): AsyncGenerator<T> {
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const page = await fetch(cursor);
    yield* page.items;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}

/** Every item of a cursor-paged list (at most `maxPages` pages). */
export async function allPages<T>(
  fetch: (cursor?: string) => Promise<Page<T>>,
  maxPages = Number.POSITIVE_INFINITY,
): Promise<T[]> {
  const out: T[] = [];
  for await (const item of itemsOf(fetch, maxPages)) out.push(item);
  return out;
}
