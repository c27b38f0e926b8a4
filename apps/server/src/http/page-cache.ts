// Serialized list pages kept by the content they were built from (issue 17). A collection whose content the
// database names with a revision (`collection_revisions`, kept by triggers in the writing transaction) answers a
// repeated query with the bytes it sent before, as long as the revision holds: the request then costs one
// primary-key read instead of the page's query, row mapping and `JSON.stringify`. The rule that makes this safe
// across processes (revision first, then reuse or build) is `keptUnderRevision`, shared with the services' kept
// answers (ADR 0010).
import { type Kept, keptUnderRevision } from '@openaims/services';
import type { Context } from 'hono';
import { LRUCache } from 'lru-cache';
import type { AppEnv } from './types.ts';

/**
 * Pages by key, each the UTF-8 bytes sent (encoded once, not on every answer) under the revision they were built
 * from; a key holds its latest page only. Bounded by size in bytes (a string's UTF-16 length × 2 approximates the
 * heap it holds).
 */
export type PageCache = LRUCache<string, Kept<Uint8Array<ArrayBuffer>>>;

/** A cache holding at most `megabytes` of pages; 0 keeps nothing (every request builds its page). */
export function newPageCache(megabytes: number): PageCache | undefined {
  if (megabytes <= 0) return undefined;
  return new LRUCache<string, Kept<Uint8Array<ArrayBuffer>>>({
    maxSize: megabytes * 1024 * 1024,
    sizeCalculation: (page, key) => page.value.byteLength + (key.length + page.revision.length) * 2,
  });
}

/** The query's values in a fixed key order, so equal queries written in another order share a page. */
function canonicalQuery(query: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(query)
      .sort()
      .map((k) => [k, query[k]]),
  );
}

const utf8 = new TextEncoder();

/** The page's key: organization, collection or operation and the validated query. */
function pageKey(orgId: string, collection: string, query: Record<string, unknown>): string {
  return `${orgId}\n${collection}\n${canonicalQuery(query)}`;
}

/**
 * Answers `build()` as JSON (200), kept under the content's revision when the operation has one and the app a
 * cache (`keptUnderRevision`: the revision is read first).
 */
export async function sendKept(
  c: Context<AppEnv>,
  name: string,
  query: Record<string, unknown>,
  revision: ((ctx: AppEnv['Variables']['org']) => Promise<string>) | undefined,
  build: () => Promise<unknown>,
): Promise<Response> {
  const cache = c.get('pageCache');
  if (!revision || !cache) return c.json((await build()) as object, 200);
  const ctx = c.get('org');
  const body = await keptUnderRevision(
    cache,
    pageKey(ctx.orgId, name, query),
    () => revision(ctx),
    async () => utf8.encode(JSON.stringify(await build())),
  );
  return c.body(body, 200, { 'content-type': 'application/json' });
}
