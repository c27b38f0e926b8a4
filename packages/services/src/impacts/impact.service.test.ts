import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiSystem } from '../ai-systems/ai-system.service.ts';
import { createRisk, getRisk } from '../risks/risk.service.ts';
import { buildContext } from '../testing/factories.ts';
import { complete } from '../testing/impact-content.ts';
import { expectLatestLedgerEntry } from '../testing/ledger.ts';
import {
  approveImpactAssessment,
  createImpactAssessment,
  createRiskFromImpactAssessment,
  getImpactAssessment,
  listImpactAssessments,
  reviseImpactAssessment,
  submitImpactAssessment,
  updateImpactAssessment,
} from './impact.service.ts';
import { getImpactGate, hasApprovedImpactAssessment, impactGate } from './impact-gate.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function setup() {
  const lead = await buildContext(database.db, { role: 'manager' });
  const contributor = await buildContext(database.db, { role: 'contributor', orgId: lead.orgId });
  const sys = await createAiSystem(lead, { name: 'Screener', purpose: 'Rank applications' });
  return { lead, contributor, sys };
}

describe('impact assessments (§6.1.4, §8.4, ISO/IEC 42005)', () => {
  it('drafts, refuses an incomplete submission naming what is missing, then submits, approves and freezes', async () => {
    const { lead, contributor, sys } = await setup();
    const ia = await createImpactAssessment(contributor, { aiSystemId: sys.id, title: 'Screener AIIA' });
    expect(ia).toMatchObject({ status: 'draft', number: 1, aiSystemVersion: 1, template: 'iso42005' });
    await expect(submitImpactAssessment(contributor, ia.id)).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      errors: expect.arrayContaining([
        { path: 'content.scope', message: expect.any(String) },
        { path: 'content.decision', message: expect.any(String) },
      ]),
    });
    expect((await impactGate(database.db, lead.orgId, sys.id)).missing).toEqual(
      expect.arrayContaining([
        expect.stringContaining('scope'),
        expect.stringContaining('submission and approval'),
      ]),
    );
    await updateImpactAssessment(contributor, ia.id, { content: complete }, 1);
    await submitImpactAssessment(contributor, ia.id);
    await expect(approveImpactAssessment(contributor, ia.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await hasApprovedImpactAssessment(database.db, lead.orgId, sys.id)).toBe(false);
    const approved = await approveImpactAssessment(lead, ia.id);
    expect(approved).toMatchObject({ status: 'approved', approvedBy: lead.actor.userId });
    expect(await hasApprovedImpactAssessment(database.db, lead.orgId, sys.id)).toBe(true);
    expect(await getImpactGate(lead, sys.id)).toEqual({ ok: true, missing: [] });
    await expect(updateImpactAssessment(contributor, ia.id, { title: 'changed' })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    await expectLatestLedgerEntry(lead, { action: 'impact_assessment.approved', entityId: ia.id });
  });

  it('starts from what the AI system record holds, keeping what the caller gave', async () => {
    const { lead } = await setup();
    const sys = await createAiSystem(lead, {
      name: 'Triage',
      purpose: 'Prioritise support tickets',
      intendedUse: 'routing\nurgency flags',
      humanOversight: 'An agent confirms every escalation',
    });
    const ia = await createImpactAssessment(lead, { aiSystemId: sys.id, title: 'Triage AIIA' });
    expect(ia.content.system).toMatchObject({
      purpose: 'Prioritise support tickets',
      intendedUses: ['routing', 'urgency flags'],
    });
    expect(ia.content.deployment.humanOversight).toBe('An agent confirms every escalation');
    const given = await createImpactAssessment(lead, {
      aiSystemId: sys.id,
      title: 'Triage AIIA 2',
      content: { system: { purpose: 'Narrower purpose' } },
    });
    expect(given.content.system.purpose).toBe('Narrower purpose');
    expect(given.content.system.intendedUses).toEqual(['routing', 'urgency flags']);
  });

  it('versions: a revision is the next draft, and its approval supersedes the earlier one', async () => {
    const { lead, sys } = await setup();
    const v1 = await createImpactAssessment(lead, { aiSystemId: sys.id, title: 'AIIA', content: complete });
    await submitImpactAssessment(lead, v1.id);
    await approveImpactAssessment(lead, v1.id);
    const v2 = await reviseImpactAssessment(lead, v1.id);
    expect(v2).toMatchObject({ number: 2, status: 'draft', content: { scope: complete.scope } });
    await submitImpactAssessment(lead, v2.id);
    await approveImpactAssessment(lead, v2.id);
    expect((await getImpactAssessment(lead, v1.id)).status).toBe('superseded');
    expect(
      (await listImpactAssessments(lead, { limit: 10, aiSystemId: sys.id, status: 'approved' })).items.map(
        (x) => x.id,
      ),
    ).toEqual([v2.id]);
  });

  it('requires the Art. 27 elements for a FRIA', async () => {
    const { lead, sys } = await setup();
    const fria = await createImpactAssessment(lead, {
      aiSystemId: sys.id,
      title: 'FRIA',
      template: 'eu_fria',
      content: complete,
    });
    await expect(submitImpactAssessment(lead, fria.id)).rejects.toMatchObject({
      errors: expect.arrayContaining([
        { path: 'content.fria.specificHarms', message: expect.stringContaining('27(1)(d)') },
      ]),
    });
  });

  it('turns findings into linked risks and links existing ones', async () => {
    const { lead, sys } = await setup();
    const ia = await createImpactAssessment(lead, { aiSystemId: sys.id, title: 'AIIA' });
    const risk = await createRiskFromImpactAssessment(lead, ia.id, {
      title: 'Age bias in ranking',
      likelihood: 3,
      consequence: 4,
    });
    expect(risk).toMatchObject({ aiSystemId: sys.id, impactAssessmentIds: [ia.id], inherentScore: 12 });
    const existing = await createRisk(lead, { title: 'Opaque ranking', likelihood: 2, consequence: 2 });
    const updated = await updateImpactAssessment(lead, ia.id, { riskIds: [risk.id, existing.id] });
    expect(updated.riskIds).toEqual([risk.id, existing.id].sort());
    expect((await getRisk(lead, existing.id)).impactAssessmentIds).toEqual([ia.id]);
  });

  it('hides other organizations and refuses their systems and risks', async () => {
    const other = await setup();
    const theirs = await createImpactAssessment(other.lead, { aiSystemId: other.sys.id, title: 'Theirs' });
    const foreignRisk = await createRisk(other.lead, { title: 'x', likelihood: 1, consequence: 1 });
    const mine = await setup();
    await expect(getImpactAssessment(mine.lead, theirs.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(submitImpactAssessment(mine.lead, theirs.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getImpactGate(mine.lead, other.sys.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      createImpactAssessment(mine.lead, { aiSystemId: other.sys.id, title: 'x' }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    const ia = await createImpactAssessment(mine.lead, { aiSystemId: mine.sys.id, title: 'Mine' });
    await expect(
      updateImpactAssessment(mine.lead, ia.id, { riskIds: [foreignRisk.id] }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    expect((await getImpactAssessment(mine.lead, ia.id)).riskIds).toEqual([]);
  });
});
