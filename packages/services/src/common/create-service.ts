// The create service of a versioned record, the same in every module: permission → the body parsed with the core
// schema → the rules on the body alone → one transaction that checks what the body names (members, linked
// records) and writes the row at version 1 with its `….created` ledger entry (createRecord).
import { assertCan, type FieldError, type IdKind, type Permission } from '@openaims/core';
import type { Db } from '@openaims/db';
import type { z } from 'zod';
import type { OrgContext } from '../context.ts';
import { createRecord, type NewRecord } from './records.ts';
import { assertNoProblems } from './rule-violation.ts';

/** What one create service is: its permission and schema, the module's rules, and the record it writes. */
export interface CreateService<S extends z.ZodType, I, R, E> {
  permission: Permission;
  /** The core schema of the body. */
  schema: S;
  /** Rules on the body alone, refused (422) before the transaction opens. */
  problems?(data: z.output<S>): FieldError[];
  /** Checks against the organization's records, in the transaction that writes (`ctx.db` is the transaction). */
  check?(data: z.output<S>, ctx: OrgContext): Promise<void>;
  /** The table's repository in the transaction. */
  into(tx: Db): { insert(row: I): Promise<R> };
  kind: IdKind;
  /** Ledger entity type; the action is `${entityType}.created` unless `action` says otherwise. */
  entityType: string;
  action?: string;
  /** Every column but id, organization, timestamps and version, from the parsed body. */
  values(data: z.output<S>): NewRecord<I, R, E>['values'];
  toEntity(row: R): E;
}

/** A create service `(ctx, input)` for one kind of versioned record, per {@link createRecord}. */
export function createService<S extends z.ZodType, I, R, E extends { id: string }>(
  spec: CreateService<S, I, R, E>,
): (ctx: OrgContext, input: z.input<S>) => Promise<E> {
  return async (ctx, input) => {
    assertCan(ctx.role, spec.permission);
    const data = spec.schema.parse(input);
    if (spec.problems) assertNoProblems(spec.problems(data));
    return ctx.db.transaction(async (tx) => {
      await spec.check?.(data, { ...ctx, db: tx });
      return createRecord(ctx, tx, {
        into: spec.into(tx),
        kind: spec.kind,
        entityType: spec.entityType,
        action: spec.action,
        values: spec.values(data),
        toEntity: spec.toEntity,
      });
    });
  };
}
