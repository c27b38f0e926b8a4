import { type Database, tables } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgContext } from '../context.ts';
import { changeEvidenceLinks, createLinkEvidence } from '../evidence/evidence.service.ts';
import { gatherReadinessFacts } from '../readiness/readiness.service.ts';
import { createRisk, updateRisk } from '../risks/risk.service.ts';
import { buildContext, decideRemainingSoa } from '../testing/factories.ts';
import { computeSoaDraftHash } from './soa-draft-hash.ts';
import { decideRemainingSoaEntries, updateSoaEntry } from './soa-entry.service.ts';
import { approveSoaVersion, getSoaState, submitSoa } from './soa-version.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

const stored = async (orgId: string) => {
  const [row] = await database.db
    .select()
    .from(tables.soaDraftState)
    .where(eq(tables.soaDraftState.organizationId, orgId));
  return row;
};
const changed = async (ctx: OrgContext) =>
  (await gatherReadinessFacts(ctx, '2026-12-01')).soa.changedSinceApproval;

async function approveDraft(ctx: OrgContext, manager: OrgContext) {
  const v = await submitSoa(ctx, {});
  await approveSoaVersion(manager, v.id);
  expect(await changed(ctx)).toBe(false);
}

describe('stored SoA draft hash (issue 17)', () => {
  it('is marked changed by every path that changes the draft, and always equals a fresh computation', async () => {
    const ctx = await buildContext(database.db);
    const manager = await buildContext(database.db, { role: 'manager', orgId: ctx.orgId });
    await decideRemainingSoa(database.db, ctx.orgId);
    const risk = await createRisk(ctx, { title: 'R', likelihood: 2, consequence: 2 });
    const ev = await createLinkEvidence(ctx, {
      url: 'https://example.test/p',
      title: 'P',
      evidenceDate: '2026-01-01',
    });
    await approveDraft(ctx, manager);
    const fresh = await computeSoaDraftHash(database.db, ctx.orgId);
    expect((await stored(ctx.orgId))?.draftHash).toBe(fresh);
    expect((await getSoaState(ctx)).draftHash).toBe(fresh);

    const paths: [string, () => Promise<unknown>][] = [
      ['an SoA entry field', () => updateSoaEntry(ctx, 'A.2.2', { justification: 'Policy in force' })],
      ['SoA links from the control side', () => updateSoaEntry(ctx, 'A.6.2.4', { riskIds: [risk.id] })],
      [
        'a risk linked to a control from the risk side',
        () => createRisk(ctx, { title: 'S', likelihood: 1, consequence: 1, controlRefs: ['A.5.2'] }),
      ],
      ['a risk unlinked from a control', () => updateRisk(ctx, risk.id, { controlRefs: ['A.5.3'] })],
      [
        'evidence linked to a control',
        () =>
          changeEvidenceLinks(ctx, ev.id, { links: [{ targetType: 'control', targetId: 'A.7.2' }] }, 'add'),
      ],
      [
        'a bulk SQL update of an entry (import, restore)',
        () =>
          database.db
            .update(tables.soaEntries)
            .set({ implementationStatus: 'implemented' })
            .where(
              and(eq(tables.soaEntries.organizationId, ctx.orgId), eq(tables.soaEntries.controlRef, 'A.4.2')),
            ),
      ],
      [
        'a link deleted in SQL',
        () =>
          database.db.execute(
            sql`delete from entity_links where organization_id = ${ctx.orgId} and (from_type = 'control' or to_type = 'control')`,
          ),
      ],
    ];
    for (const [what, change] of paths) {
      const before = await stored(ctx.orgId);
      await change();
      const after = await stored(ctx.orgId);
      // In the writing transaction the state changed: a new hash stored there, or the stored one cleared.
      expect(after?.draftHash ?? null, what).not.toBe(before?.draftHash);
      expect(await changed(ctx), what).toBe(true);
      expect((await stored(ctx.orgId))?.draftHash, what).toBe(
        await computeSoaDraftHash(database.db, ctx.orgId),
      );
      await approveDraft(ctx, manager);
    }
  });

  it('is stored in the writing transaction by the SoA services, and not changed by a write that does not touch the SoA', async () => {
    const ctx = await buildContext(database.db);
    await decideRemainingSoa(database.db, ctx.orgId);
    await updateSoaEntry(ctx, 'A.2.2', { justification: 'x' });
    expect((await stored(ctx.orgId))?.draftHash).toBe(await computeSoaDraftHash(database.db, ctx.orgId));
    await database.db
      .update(tables.soaEntries)
      .set({ implementationStatus: 'not_started' })
      .where(and(eq(tables.soaEntries.organizationId, ctx.orgId), eq(tables.soaEntries.controlRef, 'A.9.2')));
    expect((await decideRemainingSoaEntries(ctx)).decided).toEqual(['A.9.2']);
    expect((await stored(ctx.orgId))?.draftHash).toBe(await computeSoaDraftHash(database.db, ctx.orgId));
    const before = await stored(ctx.orgId);
    await createRisk(ctx, { title: 'Unlinked', likelihood: 1, consequence: 1 });
    expect(await stored(ctx.orgId)).toMatchObject({
      draftHash: before?.draftHash,
      revision: before?.revision,
    });
  });

  it('never stores a hash computed before a concurrent write (revision guard)', async () => {
    const ctx = await buildContext(database.db);
    await decideRemainingSoa(database.db, ctx.orgId);
    await getSoaState(ctx);
    const s = await stored(ctx.orgId);
    // A write lands between a reader's revision read and its store: the reader's update matches no row.
    await database.db
      .update(tables.soaEntries)
      .set({ justification: 'changed' })
      .where(and(eq(tables.soaEntries.organizationId, ctx.orgId), eq(tables.soaEntries.controlRef, 'A.2.2')));
    const stale = await database.db
      .update(tables.soaDraftState)
      .set({ draftHash: s?.draftHash })
      .where(
        and(
          eq(tables.soaDraftState.organizationId, ctx.orgId),
          eq(tables.soaDraftState.revision, s!.revision),
        ),
      )
      .returning();
    expect(stale).toHaveLength(0);
    expect((await getSoaState(ctx)).draftHash).toBe(await computeSoaDraftHash(database.db, ctx.orgId));
  });
});
