// The SoA's tracked rows (Annex A entries, the §4–§10 clauses) record an edit alike: each field that differs as
// `{ from, to }` and each list of links replaced as `{ added, removed }`, the `changes` of the ledger entry.
import type { Db } from '@openaims/db';
import type { OrgContext } from '../context.ts';
import { type LinkEnd, linkRepository } from '../links/link.repository.ts';

/** What a row tracks: its plain fields, and its link lists with the entity type each links to. */
export interface Tracked<I> {
  fields: readonly (keyof I & string)[];
  links: Partial<Record<keyof I & string, string>>;
}

/**
 * Replaces the links the input lists (on `end`) and returns what the edit changes; an empty object means the edit
 * changes nothing.
 */
export async function trackedChanges<I extends object>(
  ctx: OrgContext,
  tx: Db,
  end: LinkEnd,
  cur: Record<string, unknown>,
  input: I,
  tracked: Tracked<I>,
): Promise<Record<string, unknown>> {
  const { fields, links: linkFields } = tracked;
  const given = input as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const k of fields) {
    if (given[k] !== undefined && given[k] !== cur[k]) changes[k] = { from: cur[k], to: given[k] };
  }
  for (const [field, type] of Object.entries(linkFields) as [string, string][]) {
    const ids = given[field] as string[] | undefined;
    if (ids === undefined) continue;
    const diff = await linkRepository(tx).replace(ctx.orgId, end, type, ids, ctx.actor.userId ?? null);
    if (diff.added.length || diff.removed.length) changes[field] = diff;
  }
  return changes;
}
