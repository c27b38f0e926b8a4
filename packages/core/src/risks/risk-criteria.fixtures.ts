// Test fixture: risk criteria that move an organization off the default 5×5 scale. The scoring rules' tests and the
// route tests of the criteria (and of what follows from them: readiness, ratings refused off the new scale) share it.

/** A 3×3 scale with two bands (high from a score of 6) and an appetite of 3: valid, and unlike the default. */
export const THREE_LEVEL_CRITERIA = {
  likelihoodLabels: ['Low', 'Medium', 'High'],
  consequenceLabels: ['Low', 'Medium', 'High'],
  bands: [
    { key: 'low', label: 'Low', minScore: 1, color: '#00aa00' },
    { key: 'high', label: 'High', minScore: 6, color: '#aa0000' },
  ],
  appetite: 3,
};
