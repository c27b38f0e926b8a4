// A complete impact assessment (ISO/IEC 42005 template): what a test submits when only completeness matters.
export const complete = {
  scope: 'CV screening for EU vacancies',
  system: { purpose: 'Rank applications', intendedUses: ['shortlisting'] },
  deployment: { humanOversight: 'A recruiter reviews every rejection', geography: ['EU'] },
  affectedParties: [{ category: 'Applicants over 50', vulnerable: true }],
  impacts: [
    {
      area: 'fairness' as const,
      description: 'Age bias',
      kind: 'harm' as const,
      severity: 4,
      likelihood: 3,
      reversibility: 'partly_reversible' as const,
      scale: 3,
    },
  ],
  measures: [{ description: 'Quarterly bias audit' }],
  residualImpact: 'Low after audits',
  decision: 'proceed' as const,
};
