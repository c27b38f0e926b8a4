// One step of a record's workflow (start, complete, close, approve, answer …), the same in every module: the row
// was locked and checked by the caller; the step sets its columns, moves the version on by one and writes its
// own ledger entry, in the caller's transaction. Edits the client sends with If-Match go through versionedUpdate.
import type { Db } from '@openaims/db';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';

/** The stamp every step adds to the columns it sets. */
interface Stamp {
  updatedAt: Date;
  version: number;
}

/** What one step writes: to which locked row, the columns, and the ledger entry that says so. */
export interface RecordedStep<S extends Partial<Stamp>, R> {
  /** The table's rows in the transaction (`tenantTable(tx, table)` or a module repository's part). */
  rows: { update(orgId: string, id: string, set: S): Promise<R> };
  /** The locked row as it was. */
  current: { id: string; version: number };
  /** The columns the step sets, besides updatedAt and version. */
  set: Omit<S, keyof Stamp>;
  /** The step's time, when the caller stamps other columns with it too (`answeredAt` …). */
  at?: Date;
  entityType: string;
  /** The full ledger action, e.g. `audit.started`. */
  action: string;
  /** The ledger data; `{ version }` (the new version) unless the step records more. */
  data?: (row: R) => unknown;
}

/** Writes one workflow step to a locked row of the context's organization with its ledger entry; returns the row. */
export async function recordStep<S extends Partial<Stamp>, R>(
  ctx: OrgContext,
  tx: Db,
  s: RecordedStep<S, R>,
): Promise<R> {
  const version = s.current.version + 1;
  const row = await s.rows.update(ctx.orgId, s.current.id, {
    ...s.set,
    updatedAt: s.at ?? new Date(),
    version,
  } as S);
  await record(ctx, tx, {
    action: s.action,
    entityType: s.entityType,
    entityId: s.current.id,
    data: s.data ? s.data(row) : { version },
  });
  return row;
}
