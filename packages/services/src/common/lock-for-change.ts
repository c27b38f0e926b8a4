// Every edit of a versioned record starts the same way: lock the organization's row for the transaction, answer
// NOT_FOUND when it is not there, and refuse a client that edited an older version (If-Match, 412).
import { found } from './records.ts';
import { assertVersion } from './versioning.ts';

/** The organization's row, locked for the rest of the transaction, at the version the client expects. */
export async function lockForChange<R extends { version: number }>(
  rows: { find(orgId: string, id: string, opts: { forUpdate?: boolean }): Promise<R | undefined> },
  orgId: string,
  id: string,
  label: string,
  expectedVersion?: number,
): Promise<R> {
  const cur = await found(rows.find(orgId, id, { forUpdate: true }), label, id);
  assertVersion(expectedVersion, cur.version);
  return cur;
}
