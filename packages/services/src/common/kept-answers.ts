// Answers computed from an organization's content, kept in memory under the revision of that content (issue 17),
// for the views that are built from other views: the dashboard reads the readiness view (≈ 15 aggregate statements)
// and the risk summary (7) on every visit, though both change only when the records they count do. Safe across
// processes for the same reason as the HTTP page cache (ADR 0010): every call reads the revision first, and an answer
// is reused only while it holds.
import { LRUCache } from 'lru-cache';
import type { OrgContext } from '../context.ts';

interface Kept {
  revision: string;
  value: unknown;
}

/** One process's kept answers: per organization and kind, the latest revision's only. */
export type KeptAnswers = LRUCache<string, Kept>;

/** Room for `max` answers (organization × kind); the least recently used goes first. */
export function newKeptAnswers(max = 2_000): KeptAnswers {
  return new LRUCache<string, Kept>({ max });
}

/**
 * `compute()`, or the answer kept for this organization and kind under the same revision. Without `ctx.kept` (the
 * CLI, jobs, an app with its caches off) it always computes. The revision is read first, so an answer computed while
 * a write commits is kept under the older revision, which no later call asks for. The value is shared between
 * callers: they must not change it.
 */
export async function keptAnswer<T>(
  ctx: OrgContext,
  kind: string,
  revision: () => Promise<string>,
  compute: () => Promise<T>,
): Promise<T> {
  const kept = ctx.kept;
  if (!kept) return compute();
  const current = await revision();
  const key = `${ctx.orgId}\n${kind}`;
  const hit = kept.get(key);
  if (hit?.revision === current) return hit.value as T;
  const value = await compute();
  kept.set(key, { revision: current, value });
  return value;
}
