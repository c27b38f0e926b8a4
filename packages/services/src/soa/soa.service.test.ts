import { newId } from '@openaims/core';
import { type Database, tables } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../common/hash.ts';
import { createDocument } from '../documents/document.service.ts';
import { createLinkEvidence } from '../evidence/evidence.service.ts';
import { listLedger, verifyLedger } from '../ledger/ledger.service.ts';
import { updateOrganization } from '../orgs/org.service.ts';
import { gatherReadinessFacts } from '../readiness/readiness.service.ts';
import { createRisk } from '../risks/risk.service.ts';
import { buildContext, decideRemainingSoa } from '../testing/factories.ts';
import { expectLatestLedgerEntry } from '../testing/ledger.ts';
import { listClauseStatuses, listLinks, updateClauseStatus } from './clause.service.ts';
import { getSoaEntry, listSoaEntries, updateSoaEntry } from './soa-entry.service.ts';
import {
  approveSoaVersion,
  diffSoa,
  getSoaState,
  getSoaVersionContent,
  listSoaVersions,
  submitSoa,
} from './soa-version.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

const riskId = () => `risk_${newId('link').slice(4)}`;

describe('SoA entries', () => {
  it('gives a new organization 38 entries and 32 tracked clauses, recorded in the ledger', async () => {
    const ctx = await buildContext(database.db);
    const soa = await listSoaEntries(ctx, { limit: 500 });
    expect(soa.items).toHaveLength(38);
    expect(soa.items[0]).toMatchObject({
      controlRef: 'A.2.2',
      title: 'AI policy',
      area: 'A.2',
      applicable: true,
      implementationStatus: 'not_started',
    });
    expect((await listClauseStatuses(ctx)).items).toHaveLength(32);
    const ledger = await listLedger(ctx, { limit: 50, q: 'soa.initialized' });
    expect(ledger.items[0]?.data).toEqual({ soaEntries: 38, clauseStatuses: 32 });
  });

  it('fills in the SoA of an organization that existed before it, once', async () => {
    const ctx = await buildContext(database.db);
    await database.db.delete(tables.soaEntries).where(eq(tables.soaEntries.organizationId, ctx.orgId));
    await database.db
      .delete(tables.clauseStatuses)
      .where(eq(tables.clauseStatuses.organizationId, ctx.orgId));
    expect((await listSoaEntries({ ...ctx, role: 'viewer' }, { limit: 10 })).items).toHaveLength(10);
    expect((await listSoaEntries(ctx, { limit: 500 })).items).toHaveLength(38);
    expect((await listLedger(ctx, { limit: 50, q: 'soa.initialized' })).items).toHaveLength(2);
    expect((await verifyLedger(database.db, ctx.orgId)).ok).toBe(true);
  });

  it('refuses an exclusion without a justification and changes nothing', async () => {
    const ctx = await buildContext(database.db);
    const before = await listLedger(ctx, { limit: 1 });
    await expect(updateSoaEntry(ctx, 'A.7.4', { applicable: false })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      errors: [{ path: 'justification' }],
    });
    await expect(
      updateSoaEntry(ctx, 'A.7.4', { applicable: false, justification: '   ', riskIds: [riskId()] }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    const e = await getSoaEntry(ctx, 'A.7.4');
    expect(e).toMatchObject({ applicable: true, version: 1, riskIds: [] });
    expect((await listLedger(ctx, { limit: 1 })).items[0]!.seq).toBe(before.items[0]!.seq);
    const excluded = await updateSoaEntry(
      ctx,
      'A.7.4',
      { applicable: false, justification: 'We use no training data' },
      1,
    );
    expect(excluded).toMatchObject({ applicable: false, version: 2 });
    await expect(updateSoaEntry(ctx, 'A.7.4', { justification: '' })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
  });

  it('links risks, evidence and documents, visible from both sides, and filters the list', async () => {
    const ctx = await buildContext(database.db);
    const r1 = (await createRisk(ctx, { title: 'Linked risk', likelihood: 2, consequence: 2 })).id;
    const ev = (
      await createLinkEvidence(ctx, {
        url: 'https://example.test/proof',
        title: 'Proof',
        evidenceDate: '2026-01-01',
      })
    ).id;
    // Made-up ids and another organization's records are refused, and nothing changes (tenant isolation).
    const other = await buildContext(database.db);
    const foreign = (await createRisk(other, { title: 'Foreign risk', likelihood: 1, consequence: 1 })).id;
    for (const riskIds of [[riskId()], [foreign]])
      await expect(updateSoaEntry(ctx, 'A.6.2.4', { riskIds })).rejects.toMatchObject({
        code: 'RULE_VIOLATION',
      });
    const e = await updateSoaEntry(ctx, 'A.6.2.4', {
      implementationStatus: 'partial',
      riskIds: [r1, r1],
      evidenceIds: [ev],
    });
    expect(e.riskIds).toEqual([r1]);
    expect((await listLinks(ctx, 'risk', r1)).items).toEqual([
      expect.objectContaining({ entityType: 'control', entityId: 'A.6.2.4' }),
    ]);
    await expectLatestLedgerEntry(ctx, {
      action: 'soa_entry.updated',
      entityId: 'A.6.2.4',
      data: { changes: { riskIds: { added: [r1], removed: [] } } },
    });
    expect(
      (await listSoaEntries(ctx, { limit: 500, status: 'partial' })).items.map((x) => x.controlRef),
    ).toEqual(['A.6.2.4']);
    expect((await listSoaEntries(ctx, { limit: 500, area: 'A.6' })).items).toHaveLength(9);
    const cleared = await updateSoaEntry(ctx, 'A.6.2.4', { riskIds: [] });
    expect(cleared.riskIds).toEqual([]);
    expect(cleared.evidenceIds).toHaveLength(1);
  });

  it('guards roles, versions, owners and unknown controls', async () => {
    const ctx = await buildContext(database.db);
    await expect(
      updateSoaEntry({ ...ctx, role: 'viewer' }, 'A.2.2', { implementationStatus: 'planned' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateSoaEntry(ctx, 'A.2.2', { implementationStatus: 'planned' }, 7)).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });
    const outsider = await buildContext(database.db);
    await expect(updateSoaEntry(ctx, 'A.2.2', { ownerId: outsider.actor.id })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    await expect(getSoaEntry(ctx, 'A.6.2.1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getSoaEntry(ctx, 'A.2.2')).version).toBe(1);
  });
});

describe('SoA versions', () => {
  it('freezes an approved version byte for byte; later edits open a new draft; versions diff', async () => {
    const ctx = await buildContext(database.db, { role: 'contributor' });
    const manager = await buildContext(database.db, { role: 'manager', orgId: ctx.orgId });
    await updateSoaEntry(ctx, 'A.2.2', {
      implementationStatus: 'implemented',
      justification: 'Policy approved',
    });
    await decideRemainingSoa(database.db, ctx.orgId);
    const v1 = await submitSoa(ctx, { note: 'first' });
    expect(v1).toMatchObject({ number: 1, status: 'submitted' });
    await expect(approveSoaVersion(ctx, v1.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const approved = await approveSoaVersion(manager, v1.id);
    expect(approved).toMatchObject({ status: 'approved', approvedBy: manager.actor.id });
    await expect(approveSoaVersion(manager, v1.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    const bytes = await getSoaVersionContent(ctx, v1.id);
    expect(sha256Hex(bytes)).toBe(v1.contentHash);
    expect((await getSoaState(ctx)).hasUnsubmittedChanges).toBe(false);

    await updateSoaEntry(ctx, 'A.2.2', { implementationStatus: 'partial' });
    await updateSoaEntry(ctx, 'A.3.3', {
      applicable: false,
      justification: 'Covered by group whistleblowing',
    });
    expect(await getSoaVersionContent(ctx, v1.id)).toBe(bytes);
    const state = await getSoaState(ctx);
    expect(state).toMatchObject({ hasUnsubmittedChanges: true, approvedVersion: { number: 1 } });

    const v2 = await submitSoa(ctx, {});
    expect(v2.number).toBe(2);
    await approveSoaVersion(manager, v2.id);
    const versions = (await listSoaVersions(ctx)).items;
    expect(versions.map((v) => [v.number, v.status])).toEqual([
      [2, 'approved'],
      [1, 'superseded'],
    ]);
    const diff = await diffSoa(ctx, 1, 2);
    expect(diff.changes).toEqual([
      { controlRef: 'A.2.2', field: 'implementationStatus', from: 'implemented', to: 'partial' },
      { controlRef: 'A.3.3', field: 'applicable', from: true, to: false },
      { controlRef: 'A.3.3', field: 'justification', from: '', to: 'Covered by group whistleblowing' },
    ]);
    expect((await diffSoa(ctx, 2, 'draft')).changes).toEqual([]);
    await expect(diffSoa(ctx, 9, 'draft')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const actions = (await listLedger(ctx, { limit: 10 })).items.map((e) => e.action);
    expect(actions).toContain('soa.approved');
    expect(actions).toContain('soa.submitted');
  });

  it('refuses approval while controls are undecided, and the submitter’s own approval when the organization asks', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    await updateSoaEntry(ctx, 'A.2.2', { justification: 'We publish an AI policy' });
    const early = await submitSoa(ctx, {});
    const err = await approveSoaVersion(ctx, early.id).catch((e) => e);
    expect(err).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(err.message).toMatch(/\d+ controls have no decision/);
    expect(err.errors[0].message).toContain('A.2.3');
    expect((await listSoaVersions(ctx)).items[0]!.status).toBe('submitted');

    await decideRemainingSoa(database.db, ctx.orgId);
    const owner = await buildContext(database.db, { role: 'owner', orgId: ctx.orgId });
    await updateOrganization(owner, { soaSeparationOfDuties: true });
    const v = await submitSoa(ctx, {});
    const own = await approveSoaVersion(ctx, v.id).catch((e) => e);
    expect(own).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(own.errors.map((e: { path: string }) => e.path)).toEqual(['approvedBy']);
    expect(await approveSoaVersion(owner, v.id)).toMatchObject({
      status: 'approved',
      approvedBy: owner.actor.id,
    });
  });

  it('aggregates links from both sides per control, sorted once, and readiness sees a link change since approval', async () => {
    const ctx = await buildContext(database.db);
    const manager = await buildContext(database.db, { role: 'manager', orgId: ctx.orgId });
    // Risks link to controls from the risk side; the SoA links from the control side: both count, once each.
    const a = await createRisk(ctx, {
      title: 'A',
      likelihood: 1,
      consequence: 1,
      controlRefs: ['A.5.2', 'A.5.3'],
    });
    const b = await createRisk(ctx, { title: 'B', likelihood: 1, consequence: 1, controlRefs: ['A.5.2'] });
    await updateSoaEntry(ctx, 'A.5.2', { riskIds: [b.id, a.id] });
    const sorted = [a.id, b.id].sort();
    const entries = (await listSoaEntries(ctx, { limit: 500 })).items;
    expect(entries.find((e) => e.controlRef === 'A.5.2')?.riskIds).toEqual(sorted);
    expect(entries.find((e) => e.controlRef === 'A.5.3')?.riskIds).toEqual([a.id]);
    expect(entries.find((e) => e.controlRef === 'A.5.4')?.riskIds).toEqual([]);
    expect((await getSoaEntry(ctx, 'A.5.2')).riskIds).toEqual(sorted);

    expect((await gatherReadinessFacts(ctx, '2026-12-01')).soa).toMatchObject({
      approvedAt: null,
      changedSinceApproval: false,
    });
    await decideRemainingSoa(database.db, ctx.orgId);
    const v1 = await submitSoa(ctx, {});
    await approveSoaVersion(manager, v1.id);
    expect((await gatherReadinessFacts(ctx, '2026-12-01')).soa.changedSinceApproval).toBe(false);
    // A risk linking one more control changes the working SoA: readiness says so (§6.1.3).
    await createRisk(ctx, { title: 'C', likelihood: 1, consequence: 1, controlRefs: ['A.5.4'] });
    expect((await gatherReadinessFacts(ctx, '2026-12-01')).soa.changedSinceApproval).toBe(true);
    expect((await getSoaState(ctx)).hasUnsubmittedChanges).toBe(true);
  });

  it('withdraws a pending submission when the SoA is submitted again', async () => {
    const ctx = await buildContext(database.db);
    const a = await submitSoa(ctx, {});
    await submitSoa(ctx, {});
    await expect(approveSoaVersion(ctx, a.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await listSoaVersions(ctx)).items.map((v) => v.status)).toEqual(['submitted', 'withdrawn']);
  });
});

describe('clause tracker', () => {
  it('records status, owner, notes and links for a clause, with a ledger entry', async () => {
    const ctx = await buildContext(database.db);
    const doc = (
      await createDocument(ctx, { title: 'AI risk procedure', type: 'procedure', content: '# Steps' })
    ).id;
    await expect(
      updateClauseStatus(ctx, '6.1.3', { documentIds: [`doc_${newId('link').slice(4)}`] }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    const c = await updateClauseStatus(
      ctx,
      '6.1.3',
      { status: 'partial', notes: 'SoA drafted', ownerId: ctx.actor.id, documentIds: [doc] },
      1,
    );
    expect(c).toMatchObject({
      clauseRef: '6.1.3',
      title: 'AI risk treatment',
      status: 'partial',
      version: 2,
      documentIds: [doc],
    });
    expect((await listLinks(ctx, 'document', doc)).items[0]).toMatchObject({
      entityType: 'clause',
      entityId: '6.1.3',
    });
    await expect(updateClauseStatus(ctx, '6.1', { status: 'planned' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      updateClauseStatus({ ...ctx, role: 'auditor' }, '6.1.3', { status: 'planned' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expectLatestLedgerEntry(ctx, {
      action: 'clause.updated',
      entityId: '6.1.3',
    });
  });
});
