import { describe, expect, it } from 'vitest';
import {
  firstIncompleteImpactStep,
  IMPACT_WIZARD_STEPS,
  impactProblems,
  impactStepOf,
  isReviewDue,
  prefillImpactContent,
} from './impact.rules.ts';
import { FriaSchema, ImpactContentSchema } from './impact.schema.ts';

const complete = ImpactContentSchema.parse({
  scope: 'CV screening in the EU',
  system: { purpose: 'Rank applications', intendedUses: ['shortlisting'] },
  deployment: { humanOversight: 'A recruiter reviews every rejection' },
  affectedParties: [{ category: 'Applicants', vulnerable: true }],
  impacts: [
    {
      area: 'fairness',
      description: 'Bias against older applicants',
      kind: 'harm',
      severity: 4,
      likelihood: 3,
      reversibility: 'partly_reversible',
      scale: 3,
    },
  ],
  measures: [{ description: 'Quarterly bias audit' }],
  residualImpact: 'Low after audits',
  decision: 'proceed',
});

describe('impact assessment completeness (42005, Art. 27)', () => {
  it('accepts a complete 42005 assessment', () => {
    expect(impactProblems(complete, 'iso42005')).toEqual([]);
  });

  it('names each missing item', () => {
    const empty = ImpactContentSchema.parse({});
    const paths = impactProblems(empty, 'iso42005').map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'content.scope',
        'content.impacts',
        'content.decision',
        'content.affectedParties',
      ]),
    );
    expect(paths).not.toContain('content.measures');
  });

  it('needs measures when harms are found', () => {
    expect(impactProblems({ ...complete, measures: [] }, 'iso42005').map((p) => p.path)).toEqual([
      'content.measures',
    ]);
  });

  it('needs the Art. 27(1) elements for a FRIA', () => {
    expect(impactProblems(complete, 'eu_fria').map((p) => p.path)).toEqual(['content.fria']);
    const partial = {
      ...complete,
      // Every Art. 27(1) element left at its empty default but the deployer's processes.
      fria: { ...FriaSchema.parse({}), deployerProcesses: 'Hiring' },
    };
    expect(impactProblems(partial, 'eu_fria')).toHaveLength(5);
  });

  it('tells when a review is due', () => {
    expect(isReviewDue('2026-01-01', '2026-01-01')).toBe(true);
    expect(isReviewDue('2026-01-02', '2026-01-01')).toBe(false);
    expect(isReviewDue(null, '2026-01-01')).toBe(false);
  });
});

describe('impact wizard rules', () => {
  const empty = ImpactContentSchema.parse({});
  it('maps every completeness problem to a step that exists for its template', () => {
    for (const template of ['iso42005', 'eu_fria'] as const)
      for (const p of impactProblems(ImpactContentSchema.parse({ fria: {} }), template)) {
        const step = impactStepOf(p.path);
        expect(IMPACT_WIZARD_STEPS).toContain(step);
        if (template === 'iso42005') expect(step).not.toBe('fria');
      }
  });
  it('reopens at the first step with a missing item, and at the last when complete', () => {
    expect(firstIncompleteImpactStep(empty, 'iso42005')).toBe(0);
    const onlyParties = { ...complete, deployment: { ...complete.deployment, humanOversight: '' } };
    expect(firstIncompleteImpactStep(onlyParties, 'iso42005')).toBe(1);
    expect(firstIncompleteImpactStep({ ...complete, decision: null }, 'iso42005')).toBe(3);
    expect(firstIncompleteImpactStep(complete, 'iso42005')).toBe(3);
    expect(firstIncompleteImpactStep({ ...complete, fria: null }, 'eu_fria')).toBe(4);
  });
  it('prefills only what is empty from the AI system record', () => {
    const sys = {
      description: 'Screens CVs',
      purpose: 'Rank applications',
      intendedUse: 'shortlisting\n\nranking ',
      foreseeableMisuse: 'final decisions without review',
      humanOversight: 'Recruiter reviews',
      deploymentContext: 'EU only',
    };
    const filled = prefillImpactContent(empty, sys);
    expect(filled.system.purpose).toBe('Rank applications');
    expect(filled.system.intendedUses).toEqual(['shortlisting', 'ranking']);
    expect(filled.system.unintendedUses).toEqual(['final decisions without review']);
    expect(filled.deployment.humanOversight).toBe('Recruiter reviews');
    expect(filled.deployment.constraints).toBe('EU only');
    const kept = prefillImpactContent(complete, sys);
    expect(kept.system.purpose).toBe(complete.system.purpose);
    expect(kept.system.intendedUses).toEqual(complete.system.intendedUses);
  });
});
