// Helpers the impact assessment use-cases share: who acts, loading a row to change it, and hydrating a row.
import type { ImpactAssessment } from '@openaims/core';
import type { Db } from '@openaims/db';
import { lockForChange } from '../common/lock-for-change.ts';
import type { OrgContext } from '../context.ts';
import { type ImpactRow, impactRepository } from './impact.repository.ts';

/** The user (or token creator) recorded as submitter, approver or link author. */

/** Locks the organization's assessment for a change and checks the caller's expected version (412 when stale). */
export const loadForChange = (
  ctx: OrgContext,
  tx: Db,
  id: string,
  expectedVersion?: number,
): Promise<ImpactRow> =>
  lockForChange(impactRepository(tx), ctx.orgId, id, 'Impact assessment', expectedVersion);

/** One row as the contract's entity, with its linked risks. */
export async function hydrateOne(ctx: OrgContext, db: Db, row: ImpactRow): Promise<ImpactAssessment> {
  return (await impactRepository(db).hydrate(ctx.orgId, [row]))[0]!;
}
