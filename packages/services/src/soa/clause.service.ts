// The clause tracker (§4–§10): for each clause 4.1–10.2, a status, an owner, notes and linked documents and evidence.
import {
  AppError,
  assertCan,
  type ClauseStatus,
  findRequirement,
  type ImplementationStatus,
  TRACKED_CLAUSE_REFS,
  type UpdateClauseStatusInput,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { inOrg } from '../common/in-org.ts';
import { assertMember } from '../common/members.ts';
import { assertVersion } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { linkRepository } from '../links/link.repository.ts';
import { assertLinkTargets } from '../links/link-targets.ts';
import { ensureSoaSeeded } from './soa-seed.ts';
import { type Tracked, trackedChanges } from './tracked-changes.ts';

const { clauseStatuses } = tables;
type Row = typeof clauseStatuses.$inferSelect;
const ORDER = new Map(TRACKED_CLAUSE_REFS.map((r, i) => [r, i]));
const LINK_FIELDS = { evidenceIds: 'evidence', documentIds: 'document' } as const;
/** What an edit of a clause records: its status, owner and notes, and the evidence and documents linked. */
const TRACKED: Tracked<UpdateClauseStatusInput> = {
  fields: ['status', 'ownerId', 'notes'],
  links: LINK_FIELDS,
};

async function hydrate(db: Db, orgId: string, rows: Row[]): Promise<ClauseStatus[]> {
  const refs = rows.map((r) => r.clauseRef);
  const links = linkRepository(db);
  // Sequential: `db` may be a transaction (one connection), where concurrent statements only queue.
  const evidence = await links.linksOfMany(orgId, 'clause', refs, 'evidence');
  const documents = await links.linksOfMany(orgId, 'clause', refs, 'document');
  return rows.map((r) => ({
    id: r.id,
    organizationId: r.organizationId,
    clauseRef: r.clauseRef,
    title: findRequirement('iso-iec-42001-2023', r.clauseRef)?.title ?? r.clauseRef,
    status: r.status as ImplementationStatus,
    ownerId: r.ownerId,
    notes: r.notes,
    evidenceIds: evidence.get(r.clauseRef) ?? [],
    documentIds: documents.get(r.clauseRef) ?? [],
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  }));
}

const unknownClause = (ref: string) =>
  new AppError('NOT_FOUND', `${ref} is not a tracked clause (4.1–10.2).`);

async function findRow(db: Db, orgId: string, ref: string, forUpdate = false): Promise<Row | undefined> {
  const q = db
    .select()
    .from(clauseStatuses)
    .where(inOrg(clauseStatuses, orgId, eq(clauseStatuses.clauseRef, ref)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

/** Every tracked clause of the organization, in the standard's order. */
export async function listClauseStatuses(
  ctx: OrgContext,
): Promise<{ items: ClauseStatus[]; nextCursor: null }> {
  assertCan(ctx.role, 'clause:read');
  await ensureSoaSeeded(ctx.db, ctx.orgId);
  const rows = await ctx.db.select().from(clauseStatuses).where(inOrg(clauseStatuses, ctx.orgId));
  rows.sort((a, b) => (ORDER.get(a.clauseRef) ?? 99) - (ORDER.get(b.clauseRef) ?? 99));
  return { items: await hydrate(ctx.db, ctx.orgId, rows), nextCursor: null };
}

/** One clause's tracker row. */
export async function getClauseStatus(ctx: OrgContext, clauseRef: string): Promise<ClauseStatus> {
  assertCan(ctx.role, 'clause:read');
  if (!ORDER.has(clauseRef)) throw unknownClause(clauseRef);
  await ensureSoaSeeded(ctx.db, ctx.orgId);
  const row = await findRow(ctx.db, ctx.orgId, clauseRef);
  if (!row) throw unknownClause(clauseRef);
  return (await hydrate(ctx.db, ctx.orgId, [row]))[0]!;
}

/** Changes a clause's status, owner, notes or links, with one ledger entry. */
export async function updateClauseStatus(
  ctx: OrgContext,
  clauseRef: string,
  input: UpdateClauseStatusInput,
  expectedVersion?: number,
): Promise<ClauseStatus> {
  assertCan(ctx.role, 'clause:update');
  if (!ORDER.has(clauseRef)) throw unknownClause(clauseRef);
  await ensureSoaSeeded(ctx.db, ctx.orgId);
  return ctx.db.transaction(async (tx) => {
    const cur = await findRow(tx, ctx.orgId, clauseRef, true);
    if (!cur) throw unknownClause(clauseRef);
    assertVersion(expectedVersion, cur.version);
    if (input.ownerId !== undefined) await assertMember(tx, ctx.orgId, input.ownerId);
    await assertLinkTargets(tx, ctx.orgId, input);
    const changes = await trackedChanges(ctx, tx, { type: 'clause', id: clauseRef }, cur, input, TRACKED);
    if (Object.keys(changes).length === 0) return (await hydrate(tx, ctx.orgId, [cur]))[0]!;
    const { evidenceIds: _e, documentIds: _d, ...fields } = input;
    await tx
      .update(clauseStatuses)
      .set({ ...fields, updatedAt: new Date(), version: cur.version + 1 })
      .where(inOrg(clauseStatuses, ctx.orgId, eq(clauseStatuses.clauseRef, clauseRef)));
    await record(ctx, tx, {
      action: 'clause.updated',
      entityType: 'clause',
      entityId: clauseRef,
      data: { version: cur.version + 1, changes },
    });
    return (await hydrate(tx, ctx.orgId, [(await findRow(tx, ctx.orgId, clauseRef))!]))[0]!;
  });
}

/** Everything linked to a record, from either side (e.g. the controls a risk is linked to). */
export async function listLinks(ctx: OrgContext, entityType: string, entityId: string) {
  assertCan(ctx.role, 'link:read');
  const rows = await linkRepository(ctx.db).allLinks(ctx.orgId, { type: entityType, id: entityId });
  return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) };
}
