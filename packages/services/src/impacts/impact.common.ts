// Helpers the impact assessment use-cases share: who acts, loading a row to change it, and hydrating a row.
import type { ImpactAssessment } from '@openaims/core';
import type { Db } from '@openaims/db';
import { assertVersion, notFound } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { type ImpactRow, impactRepository } from './impact.repository.ts';

/** The user (or token creator) recorded as submitter, approver or link author. */

/** Locks the organization's assessment for a change and checks the caller's expected version (412 when stale). */
export async function loadForChange(
  ctx: OrgContext,
  tx: Db,
  id: string,
  expectedVersion?: number,
): Promise<ImpactRow> {
  const cur = await impactRepository(tx).find(ctx.orgId, id, { forUpdate: true });
  if (!cur) throw notFound('Impact assessment', id);
  assertVersion(expectedVersion, cur.version);
  return cur;
}

/** One row as the contract's entity, with its linked risks. */
export async function hydrateOne(ctx: OrgContext, db: Db, row: ImpactRow): Promise<ImpactAssessment> {
  return (await impactRepository(db).hydrate(ctx.orgId, [row]))[0]!;
}
