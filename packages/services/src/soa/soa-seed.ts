// Every organization has one SoA entry per Annex A control and one tracker row per clause (§6.1.3, §4–§10).
// New organizations get them on creation; organizations that existed before are filled in on first use.
import { ANNEX_A_CONTROL_REFS, newId, TRACKED_CLAUSE_REFS } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { count } from 'drizzle-orm';
import { inOrg } from '../common/in-org.ts';
import type { Actor } from '../context.ts';
import { appendLedger } from '../ledger/ledger.service.ts';

const { soaEntries, clauseStatuses } = tables;

/** Inserts the missing SoA entries and clause rows in the caller's transaction; one ledger entry when any were added. */
export async function seedSoa(tx: Db, orgId: string, actor: Actor): Promise<number> {
  const at = new Date();
  const base = { organizationId: orgId, createdAt: at, updatedAt: at, version: 1 };
  const entries = await tx
    .insert(soaEntries)
    .values(ANNEX_A_CONTROL_REFS.map((controlRef) => ({ ...base, id: newId('soaEntry'), controlRef })))
    .onConflictDoNothing()
    .returning({ id: soaEntries.id });
  const clauses = await tx
    .insert(clauseStatuses)
    .values(TRACKED_CLAUSE_REFS.map((clauseRef) => ({ ...base, id: newId('clauseStatus'), clauseRef })))
    .onConflictDoNothing()
    .returning({ id: clauseStatuses.id });
  const added = entries.length + clauses.length;
  if (added > 0) {
    await appendLedger(tx, orgId, actor, {
      action: 'soa.initialized',
      entityType: 'soa',
      entityId: orgId,
      data: { soaEntries: entries.length, clauseStatuses: clauses.length },
    });
  }
  return added;
}

/** Fills in the SoA of an organization created before the SoA existed; a cheap count when nothing is missing. */
export async function ensureSoaSeeded(db: Db, orgId: string): Promise<void> {
  const [a] = await db.select({ n: count() }).from(soaEntries).where(inOrg(soaEntries, orgId));
  const [b] = await db.select({ n: count() }).from(clauseStatuses).where(inOrg(clauseStatuses, orgId));
  if (Number(a?.n) >= ANNEX_A_CONTROL_REFS.length && Number(b?.n) >= TRACKED_CLAUSE_REFS.length) return;
  await db.transaction((tx) =>
    seedSoa(tx, orgId, { type: 'system', id: null, userId: null }).then(() => undefined),
  );
}
