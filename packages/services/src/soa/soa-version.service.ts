// SoA versions (§6.1.3, §7.5.2): submit freezes the working SoA as canonical JSON with its SHA-256; a lead
// approves it; later edits change only the working SoA, which becomes the next draft.
import {
  AppError,
  assertCan,
  diffSoaSnapshots,
  newId,
  type SoaChange,
  type SoaSnapshotRow,
  SoaSnapshotRowSchema,
  type SoaVersion,
  SoaVersionSchema,
  soaApprovalProblems,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { actorId } from '../common/actor.ts';
import { findInOrg } from '../common/find-in-org.ts';
import { sha256Hex } from '../common/hash.ts';
import { inOrg } from '../common/in-org.ts';
import { latestNumbered, numberedRows } from '../common/numbered-rows.ts';
import { projection } from '../common/projection.ts';
import { found } from '../common/records.ts';
import { tenantTable } from '../common/tenant-table.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { draftSnapshot, soaContentOf, soaDraftHash, storeSoaDraftHash } from './soa-draft-hash.ts';
import { ensureSoaSeeded } from './soa-seed.ts';

const { soaVersions } = tables;
type Row = typeof soaVersions.$inferSelect;

const toVersion: (r: Row) => SoaVersion = projection(SoaVersionSchema);

export { draftSnapshot } from './soa-draft-hash.ts';

const findByNumber = (db: Db, orgId: string, number: number): Promise<Row | undefined> =>
  findInOrg(db, soaVersions, orgId, eq(soaVersions.number, number));

/** Every SoA version, newest first (an organization has a handful, so the list is whole). */
export async function listSoaVersions(ctx: OrgContext): Promise<{ items: SoaVersion[] }> {
  assertCan(ctx.role, 'soa:read');
  const rows = await numberedRows(ctx.db, soaVersions, ctx.orgId);
  return { items: rows.map(toVersion) };
}

/** One SoA version. */
export async function getSoaVersion(ctx: OrgContext, id: string): Promise<SoaVersion> {
  assertCan(ctx.role, 'soa:read');
  return toVersion(await found(tenantTable(ctx.db, soaVersions).find(ctx.orgId, id), 'SoA version', id));
}

/** The exact frozen bytes of a version (canonical JSON) — the input of its content hash. */
export async function getSoaVersionContent(ctx: OrgContext, id: string): Promise<string> {
  assertCan(ctx.role, 'soa:read');
  return (await found(tenantTable(ctx.db, soaVersions).find(ctx.orgId, id), 'SoA version', id)).content;
}

/** The working SoA compared with the latest and the approved version. */
export async function getSoaState(ctx: OrgContext) {
  assertCan(ctx.role, 'soa:read');
  const draftHash = await soaDraftHash(ctx.db, ctx.orgId);
  const { items } = await listSoaVersions(ctx);
  const latest = items.find((v) => v.status !== 'withdrawn') ?? null;
  return {
    draftHash,
    latestVersion: latest,
    approvedVersion: items.find((v) => v.status === 'approved') ?? null,
    hasUnsubmittedChanges: latest?.contentHash !== draftHash,
  };
}

/**
 * Whether the working SoA still matches its approved version (readiness, §6.1.3): the stored draft hash (kept
 * current on write) against the approved version's, read only when there is an approved version (issue 17).
 */
export async function getSoaApprovalState(ctx: OrgContext) {
  assertCan(ctx.role, 'soa:read');
  const { items } = await listSoaVersions(ctx);
  const approvedVersion = items.find((v) => v.status === 'approved') ?? null;
  const changedSinceApproval =
    approvedVersion !== null && approvedVersion.contentHash !== (await soaDraftHash(ctx.db, ctx.orgId));
  return { approvedVersion, changedSinceApproval };
}

/** Freezes the working SoA as the next version, awaiting approval; a still-pending earlier submission is withdrawn. */
export async function submitSoa(ctx: OrgContext, input: { note?: string }): Promise<SoaVersion> {
  assertCan(ctx.role, 'soa:update');
  await ensureSoaSeeded(ctx.db, ctx.orgId);
  return ctx.db.transaction(async (tx) => {
    // Serialize submissions of one organization on its SoA rows.
    await tx
      .select({ id: tables.soaEntries.id })
      .from(tables.soaEntries)
      .where(inOrg(tables.soaEntries, ctx.orgId))
      .for('update');
    const controls = await draftSnapshot(tx, ctx.orgId);
    const problems = controls
      .filter((c) => !c.applicable && !c.justification.trim())
      .map((c) => c.controlRef);
    if (problems.length)
      throw new AppError('RULE_VIOLATION', `Excluded without justification: ${problems.join(', ')}.`);
    const last = await latestNumbered(tx, soaVersions, ctx.orgId);
    await tx
      .update(soaVersions)
      .set({ status: 'withdrawn' })
      .where(inOrg(soaVersions, ctx.orgId, eq(soaVersions.status, 'submitted')));
    const content = soaContentOf(ctx.orgId, controls);
    const row: Row = {
      id: newId('soaVersion'),
      organizationId: ctx.orgId,
      number: (last?.number ?? 0) + 1,
      status: 'submitted',
      note: input.note ?? '',
      content,
      contentHash: sha256Hex(content),
      submittedBy: actorId(ctx),
      submittedAt: new Date(),
      approvedBy: null,
      approvedAt: null,
    };
    await tx.insert(soaVersions).values(row);
    // The frozen content is the draft as it is now: its hash is the draft hash (issue 17).
    await storeSoaDraftHash(tx, ctx.orgId, row.contentHash);
    return recordVersion(ctx, tx, 'submitted', row);
  });
}

/** The ledger entry of a version's step, naming what was frozen by its number and content hash; returns the version. */
async function recordVersion(
  ctx: OrgContext,
  tx: Db,
  step: 'submitted' | 'approved',
  row: Row,
): Promise<SoaVersion> {
  const v = toVersion(row);
  await record(ctx, tx, {
    action: `soa.${step}`,
    entityType: 'soa_version',
    entityId: v.id,
    data: { number: v.number, contentHash: v.contentHash },
  });
  return v;
}

/** Approves a submitted version (§6.1.3: designated management); the previously approved one is superseded. */
export async function approveSoaVersion(ctx: OrgContext, id: string): Promise<SoaVersion> {
  assertCan(ctx.role, 'soa:approve');
  return ctx.db.transaction(async (tx) => {
    const versions = tenantTable(tx, soaVersions);
    const cur = await found(versions.find(ctx.orgId, id, { forUpdate: true }), 'SoA version', id);
    if (cur.status !== 'submitted')
      throw new AppError(
        'CONFLICT',
        `SoA version ${cur.number} is ${cur.status}; only a submitted version can be approved.`,
      );
    // §6.1.3: what is approved is the frozen snapshot, so its controls must all carry a decision; and the
    // organization may ask that someone other than the submitter approve (separation of duties, A.3.2).
    const [org] = await tx
      .select({ soaSeparationOfDuties: tables.organizations.soaSeparationOfDuties })
      .from(tables.organizations)
      .where(eq(tables.organizations.id, ctx.orgId));
    const problems = soaApprovalProblems({
      controls: SnapshotSchema.parse(JSON.parse(cur.content)).controls,
      submittedBy: cur.submittedBy,
      approverId: actorId(ctx),
      separationOfDuties: org?.soaSeparationOfDuties ?? false,
    });
    if (problems.length > 0)
      throw new AppError(
        'RULE_VIOLATION',
        `SoA version ${cur.number} cannot be approved: ${problems.map((p) => p.message).join('; ')}.`,
        { errors: problems },
      );
    await tx
      .update(soaVersions)
      .set({ status: 'superseded' })
      .where(inOrg(soaVersions, ctx.orgId, eq(soaVersions.status, 'approved')));
    const row = await versions.update(ctx.orgId, id, {
      status: 'approved',
      approvedBy: actorId(ctx),
      approvedAt: new Date(),
    });
    return recordVersion(ctx, tx, 'approved', row);
  });
}

const SnapshotSchema = z.object({ controls: z.array(SoaSnapshotRowSchema) });

async function snapshotOf(ctx: OrgContext, which: number | 'draft'): Promise<SoaSnapshotRow[]> {
  if (which === 'draft') return draftSnapshot(ctx.db, ctx.orgId);
  const row = await findByNumber(ctx.db, ctx.orgId, which);
  if (!row) throw new AppError('NOT_FOUND', `SoA version ${which} was not found.`);
  return SnapshotSchema.parse(JSON.parse(row.content)).controls;
}

/** The frozen rows of one version by number (permission `soa:read`). */
export async function getSoaVersionSnapshot(ctx: OrgContext, number: number): Promise<SoaSnapshotRow[]> {
  assertCan(ctx.role, 'soa:read');
  return snapshotOf(ctx, number);
}

/** Field-level changes between two versions (by number) or a version and the working draft. */
export async function diffSoa(
  ctx: OrgContext,
  from: number | 'draft',
  to: number | 'draft',
): Promise<{ from: number | 'draft'; to: number | 'draft'; changes: SoaChange[] }> {
  assertCan(ctx.role, 'soa:read');
  const [a, b] = [await snapshotOf(ctx, from), await snapshotOf(ctx, to)];
  return { from, to, changes: diffSoaSnapshots(a, b) };
}
