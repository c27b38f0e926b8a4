// When a change to a risk is a re-assessment (§6.1.2, §8.2): a new rating of likelihood or consequence, or the
// ratings confirmed while the risk is flagged for re-assessment (new criteria, a changed system). A form that
// sends the ratings it already showed alongside a new title is not a re-assessment.

/** The ratings of a risk as stored. */
export interface RiskRatings {
  likelihood: number;
  consequence: number;
  needsReassessment?: boolean;
}

/** Whether `input` re-assesses the risk whose current ratings are `current`. */
export function isReassessment(
  current: RiskRatings,
  input: { likelihood?: number | undefined; consequence?: number | undefined },
): boolean {
  const sent = input.likelihood !== undefined || input.consequence !== undefined;
  if (!sent) return false;
  const changed =
    (input.likelihood !== undefined && input.likelihood !== current.likelihood) ||
    (input.consequence !== undefined && input.consequence !== current.consequence);
  return changed || current.needsReassessment === true;
}
