// The working SoA's content hash, kept current on write (issue 17, §6.1.3): readiness and the SoA state compare it
// with the approved version's hash without rebuilding and hashing the whole draft on every read. Triggers
// (migration 0028) clear the stored hash and bump `revision` in every transaction that changes an SoA entry or a
// control's link to a risk, evidence or document; the SoA services store the new hash in that same transaction,
// and any other writer's change is hashed once by the next reader (guarded by `revision`, so a hash computed from
// a snapshot that a concurrent write has since changed is never stored).
import { CATALOG_VERSION, canonicalJson, type SoaSnapshotRow } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { sha256Hex } from '../common/hash.ts';
import { inOrg } from '../common/in-org.ts';
import { soaRepository, toSnapshotRow } from './soa.repository.ts';
import { ensureSoaSeeded } from './soa-seed.ts';

const { soaDraftState } = tables;

/** The canonical JSON of an SoA (what a version freezes and its content hash covers). */
export const soaContentOf = (orgId: string, controls: SoaSnapshotRow[]): string =>
  canonicalJson({
    standard: 'ISO/IEC 42001:2023',
    catalogVersion: CATALOG_VERSION,
    organizationId: orgId,
    controls,
  });

/** The working SoA as snapshot rows (what a submit would freeze). */
export async function draftSnapshot(db: Db, orgId: string): Promise<SoaSnapshotRow[]> {
  await ensureSoaSeeded(db, orgId);
  return (await soaRepository(db).listFull(orgId)).map(toSnapshotRow);
}

/** SHA-256 of the working SoA, computed from the records now (never from the stored state). */
export async function computeSoaDraftHash(db: Db, orgId: string): Promise<string> {
  return sha256Hex(soaContentOf(orgId, await draftSnapshot(db, orgId)));
}

/**
 * Stores `hash` as the working SoA's hash inside the transaction that changed it (the trigger has already locked
 * the row and bumped its revision there, so no other writer can interleave). Without `hash`, computes it.
 */
export async function storeSoaDraftHash(tx: Db, orgId: string, hash?: string): Promise<string> {
  // Lock order ledger head → draft state, as the triggers and every ledger append take them (no deadlock).
  await tx
    .select({ seq: tables.ledgerHeads.seq })
    .from(tables.ledgerHeads)
    .where(inOrg(tables.ledgerHeads, orgId))
    .for('update');
  const value = hash ?? (await computeSoaDraftHash(tx, orgId));
  const set = { draftHash: value, catalogVersion: CATALOG_VERSION, updatedAt: new Date() };
  await tx
    .insert(soaDraftState)
    .values({ organizationId: orgId, revision: 0, ...set })
    .onConflictDoUpdate({ target: soaDraftState.organizationId, set });
  return value;
}

/**
 * The working SoA's hash: the stored one when it is current, else computed once and stored only if no write
 * changed the draft meanwhile (the revision read before computing must still be the row's revision).
 */
export async function soaDraftHash(db: Db, orgId: string): Promise<string> {
  const [state] = await db.select().from(soaDraftState).where(inOrg(soaDraftState, orgId));
  if (state?.draftHash && state.catalogVersion === CATALOG_VERSION) return state.draftHash;
  let revision = state?.revision;
  if (revision === undefined) {
    await db
      .insert(soaDraftState)
      .values({ organizationId: orgId, revision: 0, updatedAt: new Date() })
      .onConflictDoNothing();
    const [row] = await db
      .select({ revision: soaDraftState.revision })
      .from(soaDraftState)
      .where(inOrg(soaDraftState, orgId));
    revision = row?.revision ?? 0;
  }
  const hash = await computeSoaDraftHash(db, orgId);
  await db
    .update(soaDraftState)
    .set({ draftHash: hash, catalogVersion: CATALOG_VERSION, updatedAt: new Date() })
    .where(inOrg(soaDraftState, orgId, eq(soaDraftState.revision, revision)));
  return hash;
}

/** Per control ref and link type: how many records are linked and the first ids (the SoA list's links). */
export type SoaLinkSummary = Record<string, Record<string, { count: number; ids: string[] }>>;

/**
 * The SoA list's link counts, stored beside the draft hash and cleared by the same triggers (issue 17): computed
 * once after a change (aggregating every control link), then read as one row until the next change.
 */
export async function soaLinkSummary(
  db: Db,
  orgId: string,
  compute: () => Promise<SoaLinkSummary>,
): Promise<SoaLinkSummary> {
  const [state] = await db
    .select({ revision: soaDraftState.revision, linkSummary: soaDraftState.linkSummary })
    .from(soaDraftState)
    .where(inOrg(soaDraftState, orgId));
  if (state?.linkSummary) return JSON.parse(state.linkSummary) as SoaLinkSummary;
  if (!state)
    await db
      .insert(soaDraftState)
      .values({ organizationId: orgId, revision: 0, updatedAt: new Date() })
      .onConflictDoNothing();
  const [row] = state
    ? [state]
    : await db
        .select({ revision: soaDraftState.revision })
        .from(soaDraftState)
        .where(inOrg(soaDraftState, orgId));
  const summary = await compute();
  await db
    .update(soaDraftState)
    .set({ linkSummary: JSON.stringify(summary) })
    .where(inOrg(soaDraftState, orgId, eq(soaDraftState.revision, row?.revision ?? 0)));
  return summary;
}
