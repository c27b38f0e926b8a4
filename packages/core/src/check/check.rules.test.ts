import { describe, expect, it } from 'vitest';
import { DEFAULT_DEPLOYMENT_GATE_RULES } from '../inventory/deployment-gate.ts';
import { type CheckFacts, runChecks } from './check.rules.ts';

const passing: CheckFacts = {
  today: '2026-06-01',
  gateRules: DEFAULT_DEPLOYMENT_GATE_RULES,
  systems: [
    {
      id: 'ais_ok',
      name: 'Approved bot',
      lifecycleStage: 'operation_monitoring',
      facts: { riskClass: 'limited', isClassified: true, hasApprovedImpactAssessment: true },
    },
    {
      id: 'ais_early',
      name: 'Prototype',
      lifecycleStage: 'design_development',
      facts: { riskClass: 'unassessed', isClassified: false, hasApprovedImpactAssessment: false },
    },
  ],
  soaEntries: [
    { controlRef: 'A.2.2', title: 'AI policy', applicable: true, justification: '' },
    { controlRef: 'A.10.4', title: 'Customers', applicable: false, justification: 'We have no customers' },
  ],
  risks: [
    {
      id: 'risk_low',
      title: 'Low',
      status: 'open',
      withinAppetite: true,
      treatmentOption: null,
      acceptedAt: null,
      reviewDate: '2026-06-02',
    },
    {
      id: 'risk_treated',
      title: 'Treated',
      status: 'treating',
      withinAppetite: false,
      treatmentOption: 'mitigate',
      acceptedAt: null,
      reviewDate: null,
    },
    {
      id: 'risk_accepted',
      title: 'Accepted',
      status: 'accepted',
      withinAppetite: false,
      treatmentOption: null,
      acceptedAt: '2026-01-01T00:00:00.000Z',
      reviewDate: null,
    },
    {
      id: 'risk_closed',
      title: 'Closed',
      status: 'closed',
      withinAppetite: false,
      treatmentOption: null,
      acceptedAt: null,
      reviewDate: '2020-01-01',
    },
  ],
  impactAssessments: [
    { id: 'ia_old', title: 'Superseded', status: 'superseded', nextReviewDate: '2020-01-01' },
    { id: 'ia_now', title: 'Current', status: 'approved', nextReviewDate: '2027-01-01' },
  ],
};

describe('aims check rules', () => {
  it('passes an organization that keeps every rule (systems not yet in use, closed risks and superseded assessments are not held to them)', () => {
    const r = runChecks(passing);
    expect(r.ok).toBe(true);
    expect(r.checks.map((c) => [c.key, c.ok])).toEqual([
      ['deployment_gate', true],
      ['soa_justification', true],
      ['risk_treatment', true],
      ['review_dates', true],
    ]);
  });

  it('names the records that break each rule', () => {
    const r = runChecks({
      ...passing,
      systems: [
        ...passing.systems,
        {
          id: 'ais_live',
          name: 'Live bot',
          lifecycleStage: 'deployment',
          facts: { riskClass: 'high', isClassified: true, hasApprovedImpactAssessment: false },
        },
      ],
      soaEntries: [
        ...passing.soaEntries,
        { controlRef: 'A.7.2', title: 'Data', applicable: false, justification: '  ' },
      ],
      risks: [
        ...passing.risks,
        {
          id: 'risk_high',
          title: 'High',
          status: 'open',
          withinAppetite: false,
          treatmentOption: null,
          acceptedAt: null,
          reviewDate: '2026-06-01',
        },
      ],
      impactAssessments: [
        ...passing.impactAssessments,
        { id: 'ia_due', title: 'Due', status: 'approved', nextReviewDate: '2026-05-31' },
      ],
    });
    expect(r.ok).toBe(false);
    const byKey = Object.fromEntries(r.checks.map((c) => [c.key, c.records.map((x) => x.id)]));
    expect(byKey).toEqual({
      deployment_gate: ['ais_live'],
      soa_justification: ['A.7.2'],
      risk_treatment: ['risk_high'],
      review_dates: ['risk_high', 'ia_due'],
    });
    expect(r.checks[0]!.records[0]!.problem).toContain('impact assessment');
  });

  it('follows the organization’s gate settings', () => {
    const facts = { riskClass: 'minimal' as const, isClassified: true, hasApprovedImpactAssessment: null };
    const systems = [{ id: 'ais_x', name: 'X', lifecycleStage: 'deployment' as const, facts }];
    expect(runChecks({ ...passing, systems }).checks[0]!.ok).toBe(false);
    const relaxed = { ...DEFAULT_DEPLOYMENT_GATE_RULES, requireApprovedImpactAssessment: false };
    expect(runChecks({ ...passing, gateRules: relaxed, systems }).checks[0]!.ok).toBe(true);
  });
});
