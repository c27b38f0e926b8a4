// Answers kept under the revision of the content they were built from (issue 17, ADR 0010). The rule lives here
// once: read the revision first, then reuse the answer kept under that revision or build and keep it. The HTTP page
// cache keeps serialized pages by it (apps/server/src/http/page-cache.ts); the services keep objects by it for the
// views built from other views: the dashboard reads the readiness view (≈ 15 aggregate statements) and the risk
// summary (7) on every visit, though both change only when the records they count do. Safe across processes, because
// every call asks the database for the revision; nothing is trusted for a time.
import { LRUCache } from 'lru-cache';
import type { OrgContext } from '../context.ts';

/** An answer and the revision of the content it was built from. */
export interface Kept<V> {
  revision: string;
  value: V;
}

/** Where answers are kept by key (an LRU cache of any bound): one answer a key, the latest built. */
export interface KeptStore<V> {
  get(key: string): Kept<V> | undefined;
  set(key: string, kept: Kept<V>): unknown;
}

/**
 * The answer kept under `key` while `revision()` still names the content it was built from; otherwise `build()`,
 * kept under the revision read. The revision is read first, so an answer built while a write commits is kept under
 * the older revision, which no later call asks for: at worst one wasted build, never a stale answer.
 */
export async function keptUnderRevision<V>(
  store: KeptStore<V>,
  key: string,
  revision: () => Promise<string>,
  build: () => Promise<V>,
): Promise<V> {
  const current = await revision();
  const hit = store.get(key);
  if (hit?.revision === current) return hit.value;
  const value = await build();
  store.set(key, { revision: current, value });
  return value;
}

/** One process's kept answers: per organization and kind, the latest revision's only. */
export type KeptAnswers = LRUCache<string, Kept<unknown>>;

/** Room for `max` answers (organization × kind); the least recently used goes first. */
export function newKeptAnswers(max = 2_000): KeptAnswers {
  return new LRUCache<string, Kept<unknown>>({ max });
}

/**
 * `compute()`, or the answer kept for this organization and kind under the same revision (`keptUnderRevision`).
 * Without `ctx.kept` (the CLI, jobs, an app with its caches off) it always computes. The value is shared between
 * callers: they must not change it.
 */
export async function keptAnswer<T>(
  ctx: OrgContext,
  kind: string,
  revision: () => Promise<string>,
  compute: () => Promise<T>,
): Promise<T> {
  if (!ctx.kept) return compute();
  return keptUnderRevision(ctx.kept as KeptStore<T>, `${ctx.orgId}\n${kind}`, revision, compute);
}
