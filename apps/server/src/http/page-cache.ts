// Serialized list pages kept by the content they were built from (issue 17). A collection whose content the
// database names with a revision (`collection_revisions`, kept by triggers in the writing transaction) answers a
// repeated query with the bytes it sent before, as long as the revision holds: the request then costs one
// primary-key read instead of the page's query, row mapping and `JSON.stringify`. Safe across processes, because
// each process asks the database for the revision on every request; nothing is trusted for a time.
import { LRUCache } from 'lru-cache';

/** Pages by key, bounded by their size in bytes (UTF-16 length × 2 approximates the heap they hold). */
export type PageCache = LRUCache<string, string>;

/** A cache holding at most `megabytes` of pages; 0 keeps nothing (every request builds its page). */
export function newPageCache(megabytes: number): PageCache | undefined {
  if (megabytes <= 0) return undefined;
  return new LRUCache<string, string>({
    maxSize: megabytes * 1024 * 1024,
    sizeCalculation: (body, key) => (body.length + key.length) * 2,
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

/** The page's key: organization, collection, content revision and the validated query. */
export function pageKey(
  orgId: string,
  collection: string,
  revision: string,
  query: Record<string, unknown>,
): string {
  return `${orgId}\n${collection}\n${revision}\n${canonicalQuery(query)}`;
}
