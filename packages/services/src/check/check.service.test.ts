// `aims check` over a real database: the facts come from the same places the API reads them.
import { type Database, tables } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiSystem } from '../ai-systems/ai-system.service.ts';
import type { OrgContext } from '../context.ts';
import { createRisk } from '../risks/risk.service.ts';
import { buildApprovedImpactAssessment } from '../testing/approved-impact.ts';
import { buildContext } from '../testing/factories.ts';
import { checkOrganization } from './check.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

/**
 * A system already in operation that the gate would refuse: the gate guards every way into a stage of use, so
 * such a record comes from before the rule (or from rules tightened later) — written here as stored data.
 */
async function inOperation(ctx: OrgContext, input: { name: string; purpose: string }) {
  const s = await createAiSystem(ctx, { ...input, lifecycleStage: 'verification_validation' });
  await database.db
    .update(tables.aiSystems)
    .set({ lifecycleStage: 'operation_monitoring' })
    .where(and(eq(tables.aiSystems.organizationId, ctx.orgId), eq(tables.aiSystems.id, s.id)));
  return s;
}

const failing = (r: Awaited<ReturnType<typeof checkOrganization>>) =>
  Object.fromEntries(r.checks.filter((c) => !c.ok).map((c) => [c.key, c.records.map((x) => x.name)]));

describe('checkOrganization', () => {
  it('passes an organization whose systems are not in use yet and whose risks are within appetite', async () => {
    const ctx = await buildContext(database.db, { role: 'viewer' });
    const owner = await buildContext(database.db, { role: 'owner', orgId: ctx.orgId });
    await createAiSystem(owner, { name: 'Prototype', purpose: 'Try things' });
    await createRisk(owner, { title: 'Minor', likelihood: 1, consequence: 1, reviewDate: '2099-01-01' });
    const r = await checkOrganization(ctx, '2026-06-01');
    expect(r).toMatchObject({ ok: true });
    expect(r.checks).toHaveLength(4);
  });

  it('names the system in use without an approved assessment, the bare exclusion, the untreated risk and overdue reviews', async () => {
    const ctx = await buildContext(database.db, { role: 'owner' });
    const live = await inOperation(ctx, { name: 'Live chat', purpose: 'Support' });
    await buildApprovedImpactAssessment(ctx, {
      aiSystemId: live.id,
      title: 'Chat AIIA',
      nextReviewDate: '2026-01-31',
    });
    await inOperation(ctx, { name: 'Unassessed scorer', purpose: 'Score leads' });
    await createRisk(ctx, { title: 'Prompt injection', likelihood: 5, consequence: 5 });
    await createRisk(ctx, {
      title: 'Mitigated leak',
      likelihood: 5,
      consequence: 5,
      treatmentOption: 'mitigate',
    });
    await createRisk(ctx, { title: 'Stale review', likelihood: 1, consequence: 1, reviewDate: '2026-03-01' });
    // An exclusion without a reason can no longer be saved through the API; data from before the rule can hold one.
    const { soaEntries } = tables;
    await database.db
      .update(soaEntries)
      .set({ applicable: false, justification: '' })
      .where(and(eq(soaEntries.organizationId, ctx.orgId), eq(soaEntries.controlRef, 'A.10.4')));

    const r = await checkOrganization(ctx, '2026-06-01');
    expect(r.ok).toBe(false);
    expect(failing(r)).toEqual({
      // "Live chat" has its approved assessment but no EU AI Act classification: the default gate wants both.
      deployment_gate: ['Live chat', 'Unassessed scorer'],
      soa_justification: [expect.any(String)],
      risk_treatment: ['Prompt injection'],
      review_dates: ['Stale review', 'Chat AIIA'],
    });
    const gate = r.checks.find((c) => c.key === 'deployment_gate')!;
    expect(gate.records.find((x) => x.name === 'Unassessed scorer')!.problem).toContain(
      'approved AI system impact assessment',
    );
    expect(gate.records.find((x) => x.name === 'Live chat')!.problem).not.toContain('impact assessment');
    expect(r.checks.find((c) => c.key === 'soa_justification')!.records[0]!.id).toBe('A.10.4');
  });

  it('stays within the organization', async () => {
    const other = await buildContext(database.db, { role: 'owner' });
    await inOperation(other, { name: 'Elsewhere', purpose: 'x' });
    const mine = await buildContext(database.db, { role: 'owner' });
    expect((await checkOrganization(mine, '2026-06-01')).ok).toBe(true);
  });
});
