// A risk-criteria body (`PUT …/risk-criteria`) that moves an organization off the default 5×5 scale: route tests
// of the criteria and of what follows from them (readiness, ratings refused off the new scale) send this one.

/** A 3×3 scale with two bands and an appetite of 4: valid, and unlike the default criteria. */
export const THREE_LEVEL_CRITERIA = {
  likelihoodLabels: ['L', 'M', 'H'],
  consequenceLabels: ['L', 'M', 'H'],
  bands: [
    { key: 'low', label: 'Low', minScore: 1, color: '#2e7d32' },
    { key: 'high', label: 'High', minScore: 5, color: '#c62828' },
  ],
  appetite: 4,
};
