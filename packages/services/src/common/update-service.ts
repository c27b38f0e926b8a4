// The edit service of a versioned record, the same in every module: the permission, the body parsed with the core
// schema, then one versionedUpdate in its own transaction (lock, If-Match, diff, version, ledger). A module
// says only what is its own: the rules on the locked row, the columns that follow from a change, the answer.
import { assertCan, type FieldError, type Permission } from '@openaims/core';
import type { z } from 'zod';
import type { OrgContext } from '../context.ts';
import { assertNoProblems } from './rule-violation.ts';
import { type VersionedTable, versionedUpdate } from './versioned-update.ts';

/** What one edit service is: its permission and schema, the record it changes, and the module's own rules. */
export interface UpdateService<S extends z.ZodType, T extends VersionedTable, E> {
  permission: Permission;
  /** The core schema of the body; its parsed fields are the columns to set. */
  schema: S;
  table: T;
  /** Human name for the 404 ("Incident x was not found."). */
  label: string;
  /** Ledger entity type; the action is `${entityType}.updated` unless `action` says otherwise. */
  entityType: string;
  action?: string;
  /** Rules on the body alone, refused (422) before the transaction opens. */
  problems?(data: z.output<S>): FieldError[];
  /** The columns to set when they are not simply the parsed body (deduplicated lists …). */
  changes?(data: z.output<S>): Partial<T['$inferSelect']>;
  /**
   * Rules on the locked row before anything is written; `ctx` runs in the update's transaction, so lookups see
   * the same state the write will.
   */
  check?(current: T['$inferSelect'], data: z.output<S>, ctx: OrgContext): void | Promise<void>;
  /** Columns that follow from the change (see {@link VersionedUpdate.derive}). */
  derive?(current: T['$inferSelect'], data: z.output<S>): Partial<T['$inferSelect']>;
  /** The entity answered, from the written (or unchanged) row, in the update's transaction. */
  toEntity(row: T['$inferSelect'], ctx: OrgContext): E | Promise<E>;
}

/** An edit service `(ctx, id, input, expectedVersion?)` for one kind of versioned record, per {@link versionedUpdate}. */
export function updateService<S extends z.ZodType<Partial<T['$inferSelect']>>, T extends VersionedTable, E>(
  spec: UpdateService<S, T, E>,
): (ctx: OrgContext, id: string, input: z.input<S>, expectedVersion?: number) => Promise<E> {
  return async (ctx, id, input, expectedVersion) => {
    assertCan(ctx.role, spec.permission);
    const data = spec.schema.parse(input);
    if (spec.problems) assertNoProblems(spec.problems(data));
    return ctx.db.transaction(async (tx) => {
      const txCtx: OrgContext = { ...ctx, db: tx };
      const row = await versionedUpdate(ctx, tx, {
        table: spec.table,
        id,
        label: spec.label,
        entityType: spec.entityType,
        action: spec.action,
        expectedVersion,
        changes: spec.changes ? spec.changes(data) : data,
        check: spec.check && ((cur) => spec.check!(cur, data, txCtx)),
        derive: spec.derive && ((cur) => spec.derive!(cur, data)),
        toEntity: (r) => r,
      });
      return spec.toEntity(row, txCtx);
    });
  };
}
