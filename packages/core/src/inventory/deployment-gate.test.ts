import { describe, expect, it } from 'vitest';
import { DEFAULT_DEPLOYMENT_GATE_RULES, evaluateDeploymentGate, isGatedStage } from './deployment-gate.ts';

const keys = (r: ReturnType<typeof evaluateDeploymentGate>) => r.missing.map((m) => m.key);

describe('deployment gate', () => {
  it('guards every stage in which a system is in use, not only the move into deployment', () => {
    expect(isGatedStage('deployment')).toBe(true);
    expect(isGatedStage('operation_monitoring')).toBe(true);
    expect(isGatedStage('verification_validation')).toBe(false);
    expect(isGatedStage('retirement')).toBe(false);
  });
  it('names both missing items for an unclassified system without an impact assessment', () => {
    const r = evaluateDeploymentGate(DEFAULT_DEPLOYMENT_GATE_RULES, {
      riskClass: 'unassessed',
      isClassified: false,
      hasApprovedImpactAssessment: null,
    });
    expect(r.ok).toBe(false);
    expect(keys(r)).toEqual(['eu_ai_act_classification', 'approved_impact_assessment']);
  });
  it('passes when classified and an approved assessment exists', () => {
    expect(
      evaluateDeploymentGate(DEFAULT_DEPLOYMENT_GATE_RULES, {
        riskClass: 'minimal',
        isClassified: true,
        hasApprovedImpactAssessment: true,
      }),
    ).toEqual({ ok: true, missing: [] });
  });
  it('never lets a prohibited system through while the rule is on', () => {
    const r = evaluateDeploymentGate(DEFAULT_DEPLOYMENT_GATE_RULES, {
      riskClass: 'prohibited',
      isClassified: true,
      hasApprovedImpactAssessment: true,
    });
    expect(keys(r)).toEqual(['not_prohibited']);
  });
  it('follows the organization’s rules', () => {
    const rules = { ...DEFAULT_DEPLOYMENT_GATE_RULES, requireApprovedImpactAssessment: false };
    expect(
      evaluateDeploymentGate(rules, {
        riskClass: 'limited',
        isClassified: true,
        hasApprovedImpactAssessment: null,
      }).ok,
    ).toBe(true);
    const none = {
      requireClassification: false,
      requireApprovedImpactAssessment: false,
      blockProhibited: false,
    };
    expect(
      evaluateDeploymentGate(none, {
        riskClass: 'prohibited',
        isClassified: true,
        hasApprovedImpactAssessment: false,
      }).ok,
    ).toBe(true);
  });
});
