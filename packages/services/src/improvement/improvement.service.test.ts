import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiSystem } from '../ai-systems/ai-system.service.ts';
import { buildContext } from '../testing/factories.ts';
import { expectLatestLedgerEntry } from '../testing/ledger.ts';
import { buildNonconformity } from '../testing/nonconformity.ts';
import { createIncident, getIncident, listIncidents, updateIncident } from './incident.service.ts';
import {
  checkCorrectiveAction,
  closeNonconformity,
  createCorrectiveAction,
  createNonconformity,
  getNonconformity,
  listNonconformities,
  updateCorrectiveAction,
  updateNonconformity,
} from './nonconformity.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('nonconformities and corrective actions (§10.2)', () => {
  it('walks a nonconformity from open through action and check to closed', async () => {
    const lead = await buildContext(database.db, { role: 'manager' });
    const editor = await buildContext(database.db, { role: 'contributor', orgId: lead.orgId });
    const nc = await createNonconformity(editor, {
      title: 'Model released without bias test',
      source: 'audit',
      severity: 'major',
      detectedOn: '2026-11-02',
      requirementRefs: ['A.6.2.4'],
    });
    expect(nc).toMatchObject({ status: 'open', id: expect.stringMatching(/^nc_/) });
    await expect(closeNonconformity(lead, nc.id)).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      errors: [{ path: 'correction' }, { path: 'rootCause' }, { path: 'actions' }],
    });

    const ca = await createCorrectiveAction(editor, {
      nonconformityId: nc.id,
      description: 'Add a bias test gate to the release pipeline',
      dueDate: '2026-12-01',
    });
    expect((await getNonconformity(lead, nc.id)).status).toBe('action_planned');
    await updateNonconformity(editor, nc.id, {
      correction: 'Rolled back to the previous model',
      rootCause: 'Release checklist had no bias test',
    });
    const done = await updateCorrectiveAction(editor, ca.id, { status: 'done' });
    expect(done.completedAt).not.toBeNull();
    expect((await getNonconformity(lead, nc.id)).status).toBe('verifying');
    await expect(checkCorrectiveAction(editor, ca.id, { effective: true, note: 'x' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(closeNonconformity(lead, nc.id)).rejects.toMatchObject({
      errors: [{ path: 'actions', message: expect.stringContaining('effective') }],
    });
    await checkCorrectiveAction(lead, ca.id, { effective: true, note: 'Two releases since, both gated' });
    const closed = await closeNonconformity(lead, nc.id);
    expect(closed).toMatchObject({ status: 'closed', closedBy: lead.actor.userId });
    await expect(updateNonconformity(editor, nc.id, { title: 'x' })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    expect((await listNonconformities(lead, { limit: 50, open: 'true' })).items).toEqual([]);
    await expectLatestLedgerEntry(lead, { action: 'nonconformity.closed' });
  });

  it('keeps other organizations out', async () => {
    const a = await buildContext(database.db, { role: 'owner' });
    const nc = await buildNonconformity(a);
    const b = await buildContext(database.db, { role: 'owner' });
    await expect(getNonconformity(b, nc.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      createCorrectiveAction(b, { nonconformityId: nc.id, description: 'y' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('AI incidents (Art. 73)', () => {
  it('computes seriousness and the reporting deadline on the server, and recomputes it on change', async () => {
    const ctx = await buildContext(database.db, { role: 'contributor' });
    const sys = await createAiSystem(ctx, { name: 'Triage model', purpose: 'Prioritise emergency calls' });
    const i = await createIncident(ctx, {
      title: 'Calls misrouted',
      aiSystemId: sys.id,
      occurredAt: '2026-11-01',
      awareOn: '2026-11-02',
      severity: 'high',
      seriousCategories: ['serious_health_harm'],
    });
    expect(i).toMatchObject({ serious: true, reportingDeadline: '2026-11-17', status: 'open' });
    const worse = await updateIncident(ctx, i.id, { seriousCategories: ['serious_health_harm', 'death'] }, 1);
    expect(worse.reportingDeadline).toBe('2026-11-12');
    await expect(updateIncident(ctx, i.id, { status: 'reported' })).rejects.toMatchObject({
      errors: [{ path: 'reportedOn' }],
    });
    await expect(updateIncident(ctx, i.id, { reportedOn: '2026-10-01' })).rejects.toMatchObject({
      errors: [{ path: 'reportedOn' }],
    });
    const reported = await updateIncident(ctx, i.id, {
      status: 'reported',
      reportedOn: '2026-11-05',
      authority: 'National market surveillance authority',
    });
    expect(reported.status).toBe('reported');
    expect((await listIncidents(ctx, { limit: 50, serious: 'true' })).items.map((x) => x.id)).toEqual([i.id]);
    const minor = await createIncident(ctx, {
      title: 'Slow answers',
      occurredAt: '2026-11-01',
      awareOn: '2026-11-01',
      severity: 'low',
    });
    expect(minor).toMatchObject({ serious: false, reportingDeadline: null });
    const other = await buildContext(database.db, { role: 'owner' });
    await expect(getIncident(other, i.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      createIncident(other, {
        title: 'x',
        aiSystemId: sys.id,
        occurredAt: '2026-11-01',
        awareOn: '2026-11-01',
        severity: 'low',
      }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
  });
});
