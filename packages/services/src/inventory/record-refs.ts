// Checking that ids named in an inventory body are records of the same organization (tenant isolation).
import { AppError } from '@openaims/core';
import type { Db } from '@openaims/db';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { existingIds } from '../common/existing-ids.ts';

/** Throws RULE_VIOLATION naming the body path of every id that is not a record of this organization. */
export async function assertRecordsExist(
  db: Db,
  orgId: string,
  table: PgTable & { id: PgColumn; organizationId: PgColumn },
  ids: string[],
  path: string,
): Promise<void> {
  if (ids.length === 0) return;
  const have = await existingIds(db, orgId, table, ids);
  const errors = ids.flatMap((id, i) =>
    have.has(id) ? [] : [{ path: `${path}.${i}`, message: `${id} is not a record of this organization` }],
  );
  if (errors.length)
    throw new AppError('RULE_VIOLATION', `Unknown ${path}: ${errors.map((e) => e.message).join('; ')}`, {
      errors,
    });
}
