// ISO/IEC 42001:2023 clauses 4–10 with every sub-clause: ids and official short titles; summaries are ours.
import type { Requirement } from './catalog.schema.ts';
import CLAUSES from './iso42001.clauses.json' with { type: 'json' };

/** Each clause's ref, official short title and our summary, in document order. */
const ROWS: readonly { ref: string; title: string; summary: string }[] = CLAUSES;

function parentOf(ref: string): string | null {
  const i = ref.lastIndexOf('.');
  return i < 0 ? null : ref.slice(0, i);
}

/** Clauses 4–10 of ISO/IEC 42001:2023, in document order. */
export const ISO42001_CLAUSES: readonly Requirement[] = ROWS.map(({ ref, title, summary }) => ({
  ref,
  title,
  kind: 'clause',
  parentRef: parentOf(ref),
  summary,
}));

const PARENTS = new Set(ISO42001_CLAUSES.map((c) => c.parentRef).filter((p): p is string => p !== null));

/** The clauses an organization answers one by one (4.1–10.2 without grouping headings): the clause tracker rows. */
export const TRACKED_CLAUSE_REFS: readonly string[] = ISO42001_CLAUSES.filter(
  (c) => c.parentRef !== null && !PARENTS.has(c.ref),
).map((c) => c.ref);
