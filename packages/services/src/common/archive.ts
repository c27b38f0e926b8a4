// Archiving, the same in every module (§7.5.3 retention): the record leaves the active lists but stays on
// record; archiving twice is a no-op; the version moves on and the ledger says who archived it.
import { AppError, assertCan, type Permission } from '@openaims/core';
import type { Db } from '@openaims/db';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { notFound } from './versioning.ts';

/** The two repository calls archiving needs, bound to the transaction. */
export interface ArchivableRepo {
  find(
    orgId: string,
    id: string,
    opts: { forUpdate: true },
  ): Promise<
    | {
        version: number;
        archivedAt: Date | null;
      }
    | null
    | undefined
  >;
  update(
    orgId: string,
    id: string,
    patch: { archivedAt: Date; updatedAt: Date; version: number },
  ): Promise<unknown>;
}

/** What is archived: the permission, the record's name in messages, its ledger names and its repository. */
export interface ArchiveSpec {
  permission: Permission;
  /** "AI system", "Objective" … as a 404 names it. */
  label: string;
  /** `ai_system` → ledger action `ai_system.archived` unless `action` says otherwise. */
  entityType: string;
  action?: string;
  repo: (tx: Db) => ArchivableRepo;
}

/** Archives one record of the caller's organization in one transaction with its ledger entry. */
export async function archiveRecord(ctx: OrgContext, spec: ArchiveSpec, id: string): Promise<void> {
  assertCan(ctx.role, spec.permission);
  await ctx.db.transaction(async (tx) => {
    const repo = spec.repo(tx);
    const cur = await repo.find(ctx.orgId, id, { forUpdate: true });
    if (!cur) throw notFound(spec.label, id);
    if (cur.archivedAt) return;
    const at = new Date();
    await repo.update(ctx.orgId, id, { archivedAt: at, updatedAt: at, version: cur.version + 1 });
    await record(ctx, tx, {
      action: spec.action ?? `${spec.entityType}.archived`,
      entityType: spec.entityType,
      entityId: id,
      data: { version: cur.version + 1 },
    });
  });
}

/** Refuses a change to an archived record ("This objective is archived; …"): archived records stay as they were. */
export function assertNotArchived(row: { archivedAt: Date | null }, what: string): void {
  if (row.archivedAt)
    throw new AppError('RULE_VIOLATION', `This ${what} is archived; archived records are kept as they were.`);
}

/** An archive service for one kind of record, as modules export it: `(ctx, id)` archives per {@link archiveRecord}. */
export function archiveService(spec: ArchiveSpec): (ctx: OrgContext, id: string) => Promise<void> {
  return (ctx, id) => archiveRecord(ctx, spec, id);
}
