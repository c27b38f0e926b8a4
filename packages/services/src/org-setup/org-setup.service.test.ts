import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiSystem } from '../ai-systems/ai-system.service.ts';
import { updateContextProfile } from '../context/context.service.ts';
import { createDocument } from '../documents/document.service.ts';
import { verifyLedger } from '../ledger/ledger.service.ts';
import { getRiskCriteria, updateRiskCriteria } from '../risks/risk-criteria.service.ts';
import { decideRemainingSoaEntries, getSoaEntry } from '../soa/soa-entry.service.ts';
import { buildContext } from '../testing/factories.ts';
import { expectLatestLedgerEntry } from '../testing/ledger.ts';
import { getOrgSetup, updateOrgSetup } from './org-setup.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('guided set-up (issue 16)', () => {
  it('reads each step from the records: roles, §4.3 scope, §6.1.2 criteria, a system, §6.1.3 decisions', async () => {
    const ctx = await buildContext(database.db, { role: 'owner' });
    const fresh = await getOrgSetup(ctx);
    // buildContext adds the acting member beside the organization's owner: two members, so invite is done.
    expect(fresh.steps.map((s) => s.status)).toEqual(['todo', 'todo', 'todo', 'todo', 'todo', 'done']);
    expect(fresh).toMatchObject({ currentStep: 'profile', isOpen: true, version: 0, doneCount: 1 });

    await updateContextProfile(ctx, { operatorRoles: ['deployer'] });
    await createDocument(ctx, {
      title: 'Scope',
      type: 'scope',
      mandatoryKey: 'aims_scope',
      content: '# Scope',
    });
    const {
      id: _id,
      organizationId: _o,
      number: _n,
      createdAt: _c,
      createdBy: _b,
      ...criteria
    } = await getRiskCriteria(ctx);
    await updateRiskCriteria(ctx, { ...criteria, note: 'Default adopted at set-up' });
    await createAiSystem(ctx, { name: 'CV screening', purpose: 'Rank applicants' });
    const why = 'Applicable: first pass at set-up';
    expect((await decideRemainingSoaEntries(ctx, { justification: why })).decided).toHaveLength(38);
    expect((await getSoaEntry(ctx, 'A.2.2')).justification).toBe(why);

    const s = await getOrgSetup(ctx);
    expect(s.steps.every((x) => x.status === 'done')).toBe(true);
    expect(s).toMatchObject({ doneCount: 6, currentStep: null });
    expect((await verifyLedger(database.db, ctx.orgId)).ok).toBe(true);
  });

  it('skips and reopens steps, refuses to finish with steps to do, and records each change', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const skipped = await updateOrgSetup(ctx, { action: 'skip', step: 'profile' });
    expect(skipped).toMatchObject({ version: 1, currentStep: 'scope' });
    expect(skipped.steps[0]).toMatchObject({ key: 'profile', status: 'skipped', done: false });
    // Skipping again changes nothing and writes nothing.
    expect((await updateOrgSetup(ctx, { action: 'skip', step: 'profile' })).version).toBe(1);
    await expect(updateOrgSetup(ctx, { action: 'finish' })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      errors: expect.arrayContaining([{ path: 'steps.scope', message: expect.stringContaining('Scope') }]),
    });
    await expect(updateOrgSetup(ctx, { action: 'reopen', step: 'profile' }, 7)).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });
    const reopened = await updateOrgSetup(ctx, { action: 'reopen', step: 'profile' }, 1);
    expect(reopened).toMatchObject({ version: 2, currentStep: 'profile' });

    for (const step of ['profile', 'scope', 'risk_criteria', 'ai_system', 'soa'] as const)
      await updateOrgSetup(ctx, { action: 'skip', step });
    const done = await updateOrgSetup(ctx, { action: 'finish' });
    expect(done).toMatchObject({ isOpen: false, completedAt: expect.any(String) });
    await expectLatestLedgerEntry(ctx, {
      action: 'organization_setup.updated',
      entityType: 'organization_setup',
    });
    expect((await updateOrgSetup(ctx, { action: 'resume' })).isOpen).toBe(true);
    expect((await updateOrgSetup(ctx, { action: 'dismiss' })).dismissedAt).not.toBeNull();
  });

  it('lets every member read the progress but only leads change it', async () => {
    const lead = await buildContext(database.db, { role: 'owner' });
    const viewer = await buildContext(database.db, { role: 'viewer', orgId: lead.orgId });
    expect((await getOrgSetup(viewer)).total).toBe(6);
    await expect(updateOrgSetup(viewer, { action: 'dismiss' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const contributor = await buildContext(database.db, { role: 'contributor', orgId: lead.orgId });
    await expect(updateOrgSetup(contributor, { action: 'skip', step: 'soa' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
