// Test fixture: risk criteria that move an organization off the default 5×5 scale. The scoring rules' tests and the
// route tests of the criteria (and of what follows from them: readiness, ratings refused off the new scale) share it,
// and so do the services' tests, which move the high band and the appetite to test what a criteria version changes.

/** Where the "high" band starts (a score) and the risk appetite. */
export interface ThreeLevelOptions {
  highFrom?: number;
  appetite?: number;
}

/** A 3×3 scale with two bands, "high" from the score `highFrom`, and the given appetite: valid, and unlike the default. */
export function threeLevelCriteria({ highFrom = 6, appetite = 3 }: ThreeLevelOptions = {}) {
  return {
    likelihoodLabels: ['Low', 'Medium', 'High'],
    consequenceLabels: ['Low', 'Medium', 'High'],
    bands: [
      { key: 'low', label: 'Low', minScore: 1, color: '#00aa00' },
      { key: 'high', label: 'High', minScore: highFrom, color: '#aa0000' },
    ],
    appetite,
  };
}

/** A 3×3 scale with two bands (high from a score of 6) and an appetite of 3. */
export const THREE_LEVEL_CRITERIA = threeLevelCriteria();
