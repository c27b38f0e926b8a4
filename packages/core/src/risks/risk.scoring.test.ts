import { describe, expect, it } from 'vitest';
import { CreateRiskSchema, UpdateRiskSchema } from './risk.schema.ts';
import {
  assessRisk,
  criteriaProblems,
  isWithinAppetite,
  levelForScore,
  ratingProblems,
  riskMatrix,
} from './risk.scoring.ts';
import { THREE_LEVEL_CRITERIA } from './risk-criteria.fixtures.ts';
import { DEFAULT_RISK_CRITERIA, RiskCriteriaInputSchema } from './risk-criteria.schema.ts';

const d = DEFAULT_RISK_CRITERIA;
const three = THREE_LEVEL_CRITERIA;

describe('risk scoring (§6.1.2)', () => {
  it.each([
    [1, 1, 1, 'low'],
    [1, 4, 4, 'low'],
    [1, 5, 5, 'medium'],
    [3, 3, 9, 'medium'],
    [2, 5, 10, 'high'],
    [4, 4, 16, 'high'],
    [3, 6, 18, 'critical'],
    [5, 5, 25, 'critical'],
  ])(
    'likelihood %i × consequence %i → %i (%s) on the default 5×5',
    (likelihood, consequence, score, level) => {
      expect(assessRisk(d, { likelihood, consequence })).toEqual({ score, level });
    },
  );

  it.each([
    [1, 'low'],
    [5, 'low'],
    [6, 'high'],
    [9, 'high'],
  ])('score %i → %s on a 3×3', (score, level) => {
    expect(levelForScore(three, score)).toBe(level);
  });

  it('compares with the appetite', () => {
    expect(isWithinAppetite(d, 8)).toBe(true);
    expect(isWithinAppetite(d, 9)).toBe(false);
  });

  it('refuses ratings off the scale', () => {
    expect(ratingProblems(three, { likelihood: 4, consequence: 3 })).toEqual([
      { path: 'likelihood', message: expect.stringContaining('1–3') },
    ]);
    expect(ratingProblems(three, { likelihood: 1, consequence: 6 }, 'residual').map((p) => p.path)).toEqual([
      'residualConsequence',
    ]);
    expect(ratingProblems(d, { likelihood: 5, consequence: 5 })).toEqual([]);
  });

  it('checks criteria definitions', () => {
    expect(criteriaProblems(d)).toEqual([]);
    expect(
      criteriaProblems({ ...three, bands: [{ ...three.bands[0]!, minScore: 2 }, three.bands[1]!] }).map(
        (p) => p.path,
      ),
    ).toEqual(['bands.0.minScore']);
    expect(
      criteriaProblems({ ...three, bands: [three.bands[0]!, { ...three.bands[1]!, minScore: 10 }] }).map(
        (p) => p.path,
      ),
    ).toEqual(['bands.1.minScore']);
    expect(criteriaProblems({ ...three, appetite: 10 }).map((p) => p.path)).toEqual(['appetite']);
    expect(
      criteriaProblems({ ...three, bands: [three.bands[0]!, { ...three.bands[0]!, minScore: 4 }] }).map(
        (p) => p.path,
      ),
    ).toEqual(['bands']);
  });

  it('accepts 3 to 6 levels per axis, nothing else', () => {
    expect(RiskCriteriaInputSchema.safeParse(three).success).toBe(true);
    expect(RiskCriteriaInputSchema.safeParse({ ...three, likelihoodLabels: ['a', 'b'] }).success).toBe(false);
    expect(
      RiskCriteriaInputSchema.safeParse({ ...three, consequenceLabels: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] })
        .success,
    ).toBe(false);
  });

  it('builds the matrix row by likelihood', () => {
    const m = riskMatrix(three);
    expect(m).toEqual([
      ['low', 'low', 'low'],
      ['low', 'low', 'high'],
      ['low', 'high', 'high'],
    ]);
  });
});

describe('risk input', () => {
  it('ignores client-sent scores but refuses unknown fields', () => {
    const ok = CreateRiskSchema.parse({
      title: 'Bias',
      likelihood: 2,
      consequence: 2,
      inherentScore: 25,
      inherentLevel: 'low',
    });
    expect(ok).not.toHaveProperty('inherentScore');
    expect(
      CreateRiskSchema.safeParse({ title: 'Bias', likelihood: 2, consequence: 2, bogus: 1 }).success,
    ).toBe(false);
    expect(UpdateRiskSchema.safeParse({ inherentScore: 3 }).success).toBe(false);
  });

  it('validates control refs against Annex A', () => {
    expect(
      CreateRiskSchema.safeParse({ title: 'x', likelihood: 1, consequence: 1, controlRefs: ['A.6.2.4'] })
        .success,
    ).toBe(true);
    expect(
      CreateRiskSchema.safeParse({ title: 'x', likelihood: 1, consequence: 1, controlRefs: ['A.6.2.9'] })
        .success,
    ).toBe(false);
  });
});
