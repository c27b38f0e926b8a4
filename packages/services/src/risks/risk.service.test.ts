import { threeLevelCriteria } from '@openaims/core/risks/risk-criteria.fixtures';
import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiSystem, updateAiSystem } from '../ai-systems/ai-system.service.ts';
import { getSoaEntry, updateSoaEntry } from '../soa/soa-entry.service.ts';
import { createTask } from '../tasks/task.service.ts';
import { buildContext } from '../testing/factories.ts';
import { expectLatestLedgerEntry } from '../testing/ledger.ts';
import { acceptRisk, createRisk, getRisk, listRisks, riskHistory, updateRisk } from './risk.service.ts';
import { getRiskCriteria, listRiskCriteriaVersions, updateRiskCriteria } from './risk-criteria.service.ts';
import { approveTreatment } from './risk-treatment.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

// High from a score of 4, so a 2×2 rating on the new scale is high.
const threeByThree = threeLevelCriteria({ highFrom: 4, appetite: 2 });

describe('risk criteria (§6.1.1)', () => {
  it('gives every new organization a 5×5 default as version 1', async () => {
    const ctx = await buildContext(database.db, { role: 'viewer' });
    const c = await getRiskCriteria(ctx);
    expect(c).toMatchObject({ number: 1, appetite: 8 });
    expect(c.likelihoodLabels).toHaveLength(5);
  });

  it('versions changes; old risks keep their version, new assessments use the new one', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const old = await createRisk(ctx, { title: 'Drift', likelihood: 4, consequence: 4 });
    expect(old).toMatchObject({ criteriaVersion: 1, inherentScore: 16, inherentLevel: 'high' });
    await expect(updateRiskCriteria({ ...ctx, role: 'contributor' }, threeByThree)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const v2 = await updateRiskCriteria(ctx, threeByThree);
    expect(v2.number).toBe(2);
    expect((await listRiskCriteriaVersions(ctx)).map((v) => v.number)).toEqual([2, 1]);
    const fresh = await createRisk(ctx, { title: 'Bias', likelihood: 2, consequence: 2 });
    expect(fresh).toMatchObject({ criteriaVersion: 2, inherentScore: 4, inherentLevel: 'high' });
    expect(await getRisk(ctx, old.id)).toMatchObject({ criteriaVersion: 1, inherentLevel: 'high' });
    // A rating that fits the old 5×5 but not the new 3×3 is refused on a new assessment.
    await expect(updateRisk(ctx, old.id, { likelihood: 5 })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    expect(await getRisk(ctx, old.id)).toMatchObject({ likelihood: 4, version: 1 });
  });

  it('refuses incoherent criteria', async () => {
    const ctx = await buildContext(database.db, { role: 'admin' });
    await expect(updateRiskCriteria(ctx, { ...threeByThree, appetite: 12 })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    expect((await getRiskCriteria(ctx)).number).toBe(1);
  });
});

describe('risk register (§6.1.2, §6.1.3)', () => {
  it('computes scores on the server and ignores client-sent ones', async () => {
    const ctx = await buildContext(database.db, { role: 'contributor' });
    const r = await createRisk(ctx, {
      title: 'Prompt injection',
      likelihood: 2,
      consequence: 3,
      inherentScore: 1,
      inherentLevel: 'low',
    } as never);
    expect(r).toMatchObject({
      inherentScore: 6,
      inherentLevel: 'medium',
      criteriaVersion: 1,
      status: 'open',
      residualScore: null,
    });
    expect(r.id).toMatch(/^risk_/);
    await expectLatestLedgerEntry(ctx, { action: 'risk.created', entityId: r.id });
  });

  it('links chosen controls both ways with the SoA', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const r = await createRisk(ctx, {
      title: 'Unsafe release',
      likelihood: 3,
      consequence: 4,
      treatmentOption: 'mitigate',
      controlRefs: ['A.6.2.4'],
    });
    expect(r.controlRefs).toEqual(['A.6.2.4']);
    expect((await getSoaEntry(ctx, 'A.6.2.4')).riskIds).toEqual([r.id]);
    await updateSoaEntry(ctx, 'A.6.2.5', { riskIds: [r.id] });
    expect((await getRisk(ctx, r.id)).controlRefs).toEqual(['A.6.2.4', 'A.6.2.5']);
    await updateRisk(ctx, r.id, { controlRefs: ['A.6.2.5'] });
    expect((await getSoaEntry(ctx, 'A.6.2.4')).riskIds).toEqual([]);
    expect((await listRisks(ctx, { limit: 50, controlRef: 'A.6.2.5' })).items.map((x) => x.id)).toEqual([
      r.id,
    ]);
  });

  it('lets only authority accept the residual risk, recording who and when', async () => {
    const lead = await buildContext(database.db, { role: 'manager' });
    const contributor = await buildContext(database.db, { role: 'contributor', orgId: lead.orgId });
    const r = await createRisk(contributor, { title: 'Data leak', likelihood: 4, consequence: 5 });
    await expect(acceptRisk(lead, r.id)).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    await updateRisk(contributor, r.id, {
      treatmentOption: 'mitigate',
      residualLikelihood: 3,
      residualConsequence: 3,
    });
    await expect(acceptRisk(contributor, r.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await createTask(contributor, {
      title: 'Encrypt exports',
      kind: 'treatment',
      source: { entityType: 'risk', entityId: r.id },
    });
    await approveTreatment(lead, r.id);
    await expect(acceptRisk(lead, r.id)).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      errors: [{ path: 'note' }],
    });
    expect((await getRisk(lead, r.id)).acceptedAt).toBeNull();
    await updateRisk(contributor, r.id, { residualLikelihood: 2, residualConsequence: 2 });
    const accepted = await acceptRisk(lead, r.id);
    expect(accepted).toMatchObject({
      status: 'accepted',
      acceptedBy: lead.actor.userId,
      residualScore: 4,
      residualLevel: 'low',
      withinAppetite: true,
    });
    expect(accepted.acceptedAt).not.toBeNull();
    // A new residual rating voids the acceptance.
    const changed = await updateRisk(contributor, r.id, { residualLikelihood: 1 });
    expect(changed).toMatchObject({ acceptedBy: null, acceptedAt: null, status: 'treating' });
  });

  it('approves the treatment plan separately; acceptance needs it, a new option or control voids it', async () => {
    const lead = await buildContext(database.db, { role: 'manager' });
    const contributor = await buildContext(database.db, { role: 'contributor', orgId: lead.orgId });
    const r = await createRisk(contributor, { title: 'Toxic output', likelihood: 2, consequence: 2 });
    await expect(approveTreatment(lead, r.id)).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      errors: [{ path: 'treatmentOption' }],
    });
    await updateRisk(contributor, r.id, { treatmentOption: 'mitigate' });
    // A mitigation plan with neither a control nor a task is not a plan.
    await expect(approveTreatment(lead, r.id)).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      errors: [{ path: 'controlRefs' }],
    });
    await updateRisk(contributor, r.id, {
      controlRefs: ['A.6.2.4'],
      residualLikelihood: 1,
      residualConsequence: 1,
    });
    await expect(acceptRisk(lead, r.id)).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      errors: [{ path: 'treatmentApprovedAt' }],
    });
    await expect(approveTreatment(contributor, r.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const approved = await approveTreatment(lead, r.id, { note: 'Plan agreed' });
    expect(approved).toMatchObject({ treatmentApprovedBy: lead.actor.userId, status: 'open' });
    expect(approved.treatmentApprovedAt).not.toBeNull();
    await expect(approveTreatment(lead, r.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expectLatestLedgerEntry(lead, {
      action: 'risk.treatment_approved',
      data: { controlRefs: ['A.6.2.4'], note: 'Plan agreed' },
    });
    // A review date is not part of the plan; the controls are.
    expect(
      (await updateRisk(contributor, r.id, { reviewDate: '2027-06-30' })).treatmentApprovedAt,
    ).not.toBeNull();
    const voided = await updateRisk(contributor, r.id, { controlRefs: ['A.6.2.4', 'A.6.2.5'] });
    expect(voided).toMatchObject({ treatmentApprovedBy: null, treatmentApprovedAt: null });
    const h = await riskHistory(lead, r.id, { limit: 1 });
    expect(h.items[0]!.data).toMatchObject({ changes: { treatmentApproval: { to: null } } });
    await approveTreatment(lead, r.id);
    expect(await acceptRisk(lead, r.id)).toMatchObject({ status: 'accepted' });
    // Changing the option voids both the approval and the acceptance.
    expect(await updateRisk(contributor, r.id, { treatmentOption: 'transfer' })).toMatchObject({
      treatmentApprovedAt: null,
      acceptedAt: null,
      status: 'treating',
    });
  });

  it('keeps a per-field history in the ledger', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const r = await createRisk(ctx, { title: 'Hallucination', likelihood: 3, consequence: 3 });
    await updateRisk(ctx, r.id, { title: 'Hallucinated advice', reviewDate: '2027-01-31' }, 1);
    await expect(updateRisk(ctx, r.id, { title: 'late' }, 1)).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });
    const h = await riskHistory(ctx, r.id, { limit: 10 });
    expect(h.items.map((e) => e.action)).toEqual(['risk.updated', 'risk.created']);
    expect(h.items[0]!.data).toMatchObject({
      changes: {
        title: { from: 'Hallucination', to: 'Hallucinated advice' },
        reviewDate: { from: null, to: '2027-01-31' },
      },
    });
  });

  it('hides risks of another organization and refuses foreign references', async () => {
    const other = await buildContext(database.db);
    const foreignSystem = await createAiSystem(other, { name: 'Theirs', purpose: 'x' });
    const foreign = await createRisk(other, { title: 'Foreign', likelihood: 1, consequence: 1 });
    const ctx = await buildContext(database.db);
    await expect(getRisk(ctx, foreign.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateRisk(ctx, foreign.id, { title: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(acceptRisk(ctx, foreign.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      createRisk(ctx, { title: 'x', likelihood: 1, consequence: 1, aiSystemId: foreignSystem.id }),
    ).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      errors: [{ path: 'aiSystemId' }],
    });
    await expect(
      createRisk(ctx, { title: 'x', likelihood: 1, consequence: 1, ownerId: other.actor.userId }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    expect((await listRisks(ctx, { limit: 50 })).items).toHaveLength(0);
  });

  it('flags the risks of an AI system for re-assessment when its stage or purpose changes (§8.2)', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const sys = await createAiSystem(ctx, { name: 'Scorer', purpose: 'Credit scoring' });
    const r = await createRisk(ctx, {
      title: 'Unfair denial',
      likelihood: 3,
      consequence: 4,
      aiSystemId: sys.id,
    });
    const aimsWide = await createRisk(ctx, { title: 'Skills gap', likelihood: 2, consequence: 2 });
    await updateAiSystem(ctx, sys.id, { description: 'minor' });
    expect((await getRisk(ctx, r.id)).needsReassessment).toBe(false);
    await updateAiSystem(ctx, sys.id, { lifecycleStage: 'verification_validation' });
    expect(await getRisk(ctx, r.id)).toMatchObject({
      needsReassessment: true,
      reassessmentReason: expect.stringContaining('lifecycleStage'),
    });
    expect((await getRisk(ctx, aimsWide.id)).needsReassessment).toBe(false);
    expect((await listRisks(ctx, { limit: 50, needsReassessment: 'true' })).items.map((x) => x.id)).toEqual([
      r.id,
    ]);
    const re = await updateRisk(ctx, r.id, { likelihood: 2 });
    expect(re).toMatchObject({ needsReassessment: false, inherentScore: 8 });
  });

  it('refuses writes by viewers and auditors and changes nothing', async () => {
    const owner = await buildContext(database.db);
    for (const role of ['viewer', 'auditor'] as const) {
      const ctx = await buildContext(database.db, { role, orgId: owner.orgId });
      await expect(createRisk(ctx, { title: 'x', likelihood: 1, consequence: 1 })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect((await listRisks(owner, { limit: 50 })).items).toHaveLength(0);
  });
});
