// The ledger entry of a change whose data is the whole entity as the API returns it (a creation, a new version of
// criteria): the entry's id is the entity's, so the entity alone says what was recorded.
import type { Db } from '@openaims/db';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';

/** Records `action` on the entity with the entity itself as the entry's data, in the caller's transaction; returns it. */
export async function recordEntity<E extends { id: string }>(
  ctx: OrgContext,
  tx: Db,
  entry: { action: string; entityType: string },
  entity: E,
): Promise<E> {
  await record(ctx, tx, { ...entry, entityId: entity.id, data: entity });
  return entity;
}
