import { describe, expect, it } from 'vitest';
import { acceptanceNeedsNote, acceptanceProblem, treatmentApprovalProblem } from './risk.rules.ts';
import { matrixCells, riskMatrix } from './risk.scoring.ts';
import { DEFAULT_RISK_CRITERIA } from './risk-criteria.schema.ts';

const at = '2026-12-01T00:00:00.000Z';
const ready = {
  treatmentOption: 'mitigate' as const,
  residualScore: 4,
  inherentScore: 20,
  treatmentApprovedAt: at as string | null,
  withinAppetite: true,
};

describe('treatment approval (§6.1.3)', () => {
  it('needs an option, and a control or task unless the option is accept', () => {
    const plan = { hasControls: false, openActions: 0 };
    expect(
      treatmentApprovalProblem({ treatmentOption: null, treatmentApprovedAt: null }, plan)?.errors[0]?.path,
    ).toBe('treatmentOption');
    expect(
      treatmentApprovalProblem({ treatmentOption: 'mitigate', treatmentApprovedAt: null }, plan)?.errors[0]
        ?.path,
    ).toBe('controlRefs');
    expect(
      treatmentApprovalProblem({ treatmentOption: 'accept', treatmentApprovedAt: null }, plan),
    ).toBeNull();
    expect(
      treatmentApprovalProblem(
        { treatmentOption: 'mitigate', treatmentApprovedAt: null },
        { ...plan, openActions: 1 },
      ),
    ).toBeNull();
    expect(
      treatmentApprovalProblem({ treatmentOption: 'accept', treatmentApprovedAt: at }, plan)?.message,
    ).toMatch(/already approved/);
  });
});

describe('acceptance (§6.1.3)', () => {
  const c = { appetite: 6 };
  it('passes when the plan is approved and the residual score is within appetite', () => {
    expect(acceptanceProblem(ready, '')).toBeNull();
  });
  it('names the first missing precondition', () => {
    expect(acceptanceProblem({ ...ready, treatmentOption: null }, '')?.errors[0]?.path).toBe(
      'treatmentOption',
    );
    expect(acceptanceProblem({ ...ready, residualScore: null }, '')?.errors[0]?.path).toBe(
      'residualLikelihood',
    );
    expect(acceptanceProblem({ ...ready, treatmentApprovedAt: null }, '')?.errors[0]?.path).toBe(
      'treatmentApprovedAt',
    );
  });
  it('asks for a note above the appetite, judged on the inherent score when there is no residual one', () => {
    const retained = { ...ready, treatmentOption: 'accept' as const, residualScore: null };
    expect(acceptanceNeedsNote(c, retained)).toBe(true);
    const above = { ...retained, withinAppetite: false };
    expect(acceptanceProblem(above, '  ', 6)?.message).toMatch(/score 20 is above the risk appetite \(6\)/);
    expect(acceptanceProblem(above, 'board decision')).toBeNull();
  });
});

describe('matrix cells', () => {
  it('covers every likelihood × consequence pair with its score and level', () => {
    const cells = matrixCells(DEFAULT_RISK_CRITERIA);
    const n = DEFAULT_RISK_CRITERIA.likelihoodLabels.length * DEFAULT_RISK_CRITERIA.consequenceLabels.length;
    expect(cells).toHaveLength(n);
    expect(cells.find((x) => x.likelihood === 2 && x.consequence === 3)?.score).toBe(6);
    expect(riskMatrix(DEFAULT_RISK_CRITERIA)[1]?.[2]).toBe(cells.find((x) => x.score === 6)?.level);
  });
});
