import { DocumentSchema, EvidenceSchema, ObjectiveSchema, ReadinessSchema, RiskSchema } from '@openaims/core';
import { THREE_LEVEL_CRITERIA } from '@openaims/core/risks/risk-criteria.fixtures';
import { decideRemainingSoa } from '@openaims/services/testing/factories';
import { describe, expect, it } from 'vitest';
import { createdOf } from '../testing/answers.ts';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

const readiness = async (orgId: string) => {
  const res = await t.call('GET', `/api/v1/orgs/${orgId}/readiness`, { token: f.tokens.viewer });
  expect(res.status).toBe(200);
  const r = ReadinessSchema.parse(await res.json());
  return { ...r, status: (key: string) => r.items.find((i) => i.key === key)?.status };
};

describe('certification readiness', () => {
  it('starts at 0 with all 19 items missing and the undecided SoA as a blocker', async () => {
    const r = await readiness(f.a.org.id);
    expect(r.score).toBe(0);
    expect(r.items).toHaveLength(19);
    expect(r.blockers.find((b) => b.key === 'soa_undecided')?.count).toBe(38);
  });

  it('moves with the SoA, the risk register and the criteria as they are worked on', async () => {
    const org = f.a.org.id;
    const mgr = { token: f.tokens.manager };
    const patch = await t.call('PATCH', `/api/v1/orgs/${org}/soa/A.2.2`, {
      ...mgr,
      json: { justification: 'We publish an AI policy.' },
    });
    expect(patch.status).toBe(200);
    expect((await readiness(org)).status('statement_of_applicability')).toBe('draft');

    await decideRemainingSoa(t.database.db, org);
    const submitted = await t.call('POST', `/api/v1/orgs/${org}/soa-versions`, { ...mgr, json: {} });
    expect(submitted.status).toBe(201);
    const approve = await t.call(
      'POST',
      `/api/v1/orgs/${org}/soa-versions/${(await submitted.json()).id}/approve`,
      { ...mgr, json: {} },
    );
    expect(approve.status).toBe(200);
    expect((await readiness(org)).status('statement_of_applicability')).toBe('approved');
    await t.call('PATCH', `/api/v1/orgs/${org}/soa/A.2.3`, {
      ...mgr,
      json: { justification: 'Changed after approval.' },
    });
    expect((await readiness(org)).status('statement_of_applicability')).toBe('stale');

    await createdOf(t, RiskSchema, `/api/v1/orgs/${org}/risks`, f.tokens.manager, {
      title: 'Biased scoring',
      likelihood: 2,
      consequence: 2,
    });
    const r = await readiness(org);
    expect(r.status('risk_assessment_results')).toBe('approved');
    expect(r.status('risk_treatment_plan')).toBe('draft');
    expect(r.status('risk_assessment_process')).toBe('missing');
    expect(r.score).toBeGreaterThan(0);

    const criteria = await t.call('PUT', `/api/v1/orgs/${org}/risk-criteria`, {
      token: f.tokens.owner,
      json: THREE_LEVEL_CRITERIA,
    });
    expect(criteria.status).toBe(200);
    expect((await readiness(org)).status('risk_assessment_process')).toBe('draft');
  });

  it('counts active objectives and recent KPI measurements (§6.2, §9.1)', async () => {
    const org = f.a.org.id;
    const body = await createdOf(t, ObjectiveSchema, `/api/v1/orgs/${org}/objectives`, f.tokens.manager, {
      title: 'Fair hiring',
      status: 'active',
      ownerId: f.a.owner.id,
      kpis: [{ name: 'Selection-rate ratio', direction: 'increase', target: 0.8 }],
    });
    expect((await readiness(org)).status('monitoring_results')).toBe('missing');
    const today = new Date().toISOString().slice(0, 10);
    await t.call('POST', `/api/v1/orgs/${org}/objectives/${body.id}/measurements`, {
      token: f.tokens.manager,
      json: { kpiId: body.kpis[0]!.id, value: 0.85, measuredAt: today },
    });
    const r = await readiness(org);
    expect(r.status('ai_objectives')).toBe('approved');
    expect(r.status('monitoring_results')).toBe('approved');
  });

  it('takes the AI policy from draft to approved as its controlled document is approved (§5.2)', async () => {
    const base = `/api/v1/orgs/${f.a.org.id}/documents`;
    const doc = await createdOf(t, DocumentSchema, base, f.tokens.owner, {
      title: 'AI policy',
      type: 'policy',
      mandatoryKey: 'ai_policy',
      content: '# AI policy',
    });
    expect((await readiness(f.a.org.id)).status('ai_policy')).toBe('draft');
    expect(
      (await t.call('POST', `${base}/${doc.id}/versions/1/submit`, { token: f.tokens.owner, json: {} }))
        .status,
    ).toBe(200);
    expect(
      (await t.call('POST', `${base}/${doc.id}/versions/1/approve`, { token: f.tokens.owner, json: {} }))
        .status,
    ).toBe(200);
    expect((await readiness(f.a.org.id)).status('ai_policy')).toBe('approved');
  });

  it('counts current evidence linked to a record clause (§9.2.2), and no longer once it has expired', async () => {
    const org = f.a.org.id;
    const ev = await createdOf(t, EvidenceSchema, `/api/v1/orgs/${org}/evidence`, f.tokens.manager, {
      url: 'https://intranet.example/audit-2026',
      title: 'Internal audit report 2026',
      evidenceDate: '2026-10-01',
      links: [{ targetType: 'clause', targetId: '9.2.2' }],
    });
    expect((await readiness(org)).status('audit_programme_results')).toBe('approved');
    const expire = await t.call('PATCH', `/api/v1/orgs/${org}/evidence/${ev.id}`, {
      token: f.tokens.manager,
      json: { validUntil: '2026-10-31' },
    });
    expect(expire.status).toBe(200);
    expect((await readiness(org)).status('audit_programme_results')).toBe('stale');
  });

  it('is another organization’s business: 404', async () => {
    expect(
      (await t.call('GET', `/api/v1/orgs/${f.b.org.id}/readiness`, { token: f.tokens.viewer })).status,
    ).toBe(404);
  });
});
