// A step on one record that takes a body (answer, convert, check effectiveness, decide, measure), with the
// prologue every such service shares: the permission, the body parsed with the core schema and checked against
// the rules that need no database, then the module's step in one transaction.
import { assertCan, type FieldError, type Permission } from '@openaims/core';
import type { Db } from '@openaims/db';
import type { z } from 'zod';
import type { OrgContext } from '../context.ts';
import { assertNoProblems } from './rule-violation.ts';

/** What one step service is: its permission and schema, the rules on the body, and the step itself. */
export interface CommandService<S extends z.ZodType, R> {
  permission: Permission;
  /** The core schema of the body. */
  schema: S;
  /** Rules on the body alone, refused (422) before the transaction opens. */
  problems?(data: z.output<S>): FieldError[];
  /** The step on record `id`, in the transaction `tx` (lock, check, write, ledger). */
  run(ctx: OrgContext, tx: Db, id: string, data: z.output<S>): Promise<R>;
}

/** A step service `(ctx, id, input)` on one record, per {@link CommandService}. */
export function commandService<S extends z.ZodType, R>(
  spec: CommandService<S, R>,
): (ctx: OrgContext, id: string, input: z.input<S>) => Promise<R> {
  return async (ctx, id, input) => {
    assertCan(ctx.role, spec.permission);
    const data = spec.schema.parse(input);
    if (spec.problems) assertNoProblems(spec.problems(data));
    return ctx.db.transaction((tx) => spec.run(ctx, tx, id, data));
  };
}
