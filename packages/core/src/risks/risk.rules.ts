// Pure rules of a risk's decisions (§6.1.3): what must hold before the treatment plan is approved and the
// residual risk accepted. The service enforces them; the web shows them. Re-assessment: risk.reassessment.ts.
import type { FieldError } from '../errors.ts';
import type { Risk } from './risk.schema.ts';
import { isWithinAppetite, type ScoringCriteria } from './risk.scoring.ts';

/** A broken precondition: the sentence to show and the fields it concerns. */
export interface RuleProblem {
  message: string;
  errors: FieldError[];
}

/** The residual score acceptance is judged on: the residual one, else the inherent one (option `accept`). */
export function acceptanceScore(risk: Pick<Risk, 'residualScore' | 'inherentScore'>): number {
  return risk.residualScore ?? risk.inherentScore;
}

/** Whether accepting this risk needs a written justification: its residual score is above the appetite. */
export function acceptanceNeedsNote(
  criteria: Pick<ScoringCriteria, 'appetite'>,
  risk: Pick<Risk, 'residualScore' | 'inherentScore'>,
): boolean {
  return !isWithinAppetite(criteria, acceptanceScore(risk));
}

/** What a decision on a risk looks at: a Risk from the API or a row in the service (dates as Date or string). */
export interface RiskDecisionFacts {
  treatmentOption: string | null;
  treatmentApprovedAt: Date | string | null;
  residualScore: number | null;
  inherentScore: number;
}

/** What blocks approving the treatment plan (§6.1.3); null when it may be approved. */
export function treatmentApprovalProblem(
  risk: Pick<RiskDecisionFacts, 'treatmentOption' | 'treatmentApprovedAt'>,
  plan: { hasControls: boolean; openActions: number },
): RuleProblem | null {
  if (risk.treatmentApprovedAt) return { message: 'The treatment plan is already approved.', errors: [] };
  if (!risk.treatmentOption)
    return {
      message: 'Choose a treatment option before approving the plan.',
      errors: [{ path: 'treatmentOption', message: 'required before approval' }],
    };
  if (risk.treatmentOption !== 'accept' && !plan.hasControls && plan.openActions === 0)
    return {
      message: 'The plan names no control and no treatment task; add one before approving.',
      errors: [{ path: 'controlRefs', message: 'add a control or a treatment task' }],
    };
  return null;
}

/**
 * What blocks accepting the residual risk (§6.1.3); null when it may be accepted. Needs an option, a residual
 * rating (unless the option is to accept the risk as it is), an approved plan, and above the appetite a note.
 * `withinAppetite` is the risk's own (under the criteria it was assessed with); `appetite` only words the message.
 */
export function acceptanceProblem(
  risk: RiskDecisionFacts & { withinAppetite: boolean },
  note: string,
  appetite?: number,
): RuleProblem | null {
  if (!risk.treatmentOption)
    return {
      message: 'Choose a treatment option before accepting the residual risk.',
      errors: [{ path: 'treatmentOption', message: 'required before acceptance' }],
    };
  if (risk.residualScore === null && risk.treatmentOption !== 'accept')
    return {
      message: 'Rate the residual likelihood and consequence before accepting the residual risk.',
      errors: [{ path: 'residualLikelihood', message: 'required before acceptance' }],
    };
  if (!risk.treatmentApprovedAt)
    return {
      message: 'Approve the treatment plan before accepting the residual risk.',
      errors: [{ path: 'treatmentApprovedAt', message: 'the treatment plan is not approved' }],
    };
  if (!risk.withinAppetite && note.trim() === '') {
    const limit = appetite === undefined ? '' : ` (${appetite})`;
    return {
      message: `The residual score ${acceptanceScore(risk)} is above the risk appetite${limit}; say why it is accepted.`,
      errors: [{ path: 'note', message: 'a justification is required above the appetite' }],
    };
  }
  return null;
}

/**
 * A risk still open and rated above the appetite of its criteria (§6.1.3): it needs a treatment, or the residual
 * risk accepted. The register's title page counts them; `aims check` lists those with neither.
 */
export function isOpenAboveAppetite(risk: { status: string; withinAppetite: boolean }): boolean {
  return risk.status !== 'closed' && !risk.withinAppetite;
}
