import { describe, expect, it } from 'vitest';
import { impactProblems, isReviewDue } from './impact.rules.ts';
import { ImpactContentSchema } from './impact.schema.ts';

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
      fria: {
        deployerProcesses: 'Hiring',
        periodAndFrequency: '',
        affectedCategories: '',
        specificHarms: '',
        humanOversightMeasures: '',
        measuresIfRisksMaterialise: '',
        complaintMechanism: '',
        authorityNotifiedOn: null,
      },
    };
    expect(impactProblems(partial, 'eu_fria')).toHaveLength(5);
  });

  it('tells when a review is due', () => {
    expect(isReviewDue('2026-01-01', '2026-01-01')).toBe(true);
    expect(isReviewDue('2026-01-02', '2026-01-01')).toBe(false);
    expect(isReviewDue(null, '2026-01-01')).toBe(false);
  });
});
