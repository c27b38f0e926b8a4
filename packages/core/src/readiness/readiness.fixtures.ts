// Test fixture: the readiness facts of an organization that has recorded nothing yet.
import type { ReadinessFacts } from './readiness.schema.ts';

/** An empty organization's facts (38 undecided SoA controls, nothing else), with `over` laid on top. */
export function emptyReadinessFacts(over: Partial<ReadinessFacts> & { today: string }): ReadinessFacts {
  return {
    documents: [],
    evidence: [],
    soa: {
      total: 38,
      decided: 0,
      excludedWithoutJustification: 0,
      approvedAt: null,
      changedSinceApproval: false,
    },
    criteriaConfigured: false,
    risks: {
      total: 0,
      needingReassessment: 0,
      reviewOverdue: 0,
      withTreatment: 0,
      planApproved: 0,
      accepted: 0,
      residualRated: 0,
    },
    impacts: { systems: 0, systemsWithApproved: 0, drafts: 0, reviewOverdue: 0 },
    objectives: { active: 0, drafts: 0, latestMeasurement: null },
    competence: { requirements: 0, covered: 0, expiredOnly: 0 },
    nonconformities: { total: 0, closed: 0 },
    openMajorNonconformities: 0,
    ...over,
  };
}
