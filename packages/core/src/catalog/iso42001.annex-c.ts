// ISO/IEC 42001:2023 Annex C (informative): potential AI-related objectives and risk sources. Names only,
// kept for the risk module (§6.1.2 asks risk identification to consider them).

/** An Annex C entry: its ref and name. */
export interface AnnexCEntry {
  ref: string;
  title: string;
}

/** C.2 potential organizational objectives (11). */
export const ANNEX_C_OBJECTIVES: readonly AnnexCEntry[] = [
  { ref: 'C.2.1', title: 'Accountability' },
  { ref: 'C.2.2', title: 'AI expertise' },
  { ref: 'C.2.3', title: 'Availability and quality of training and test data' },
  { ref: 'C.2.4', title: 'Environmental impact' },
  { ref: 'C.2.5', title: 'Fairness' },
  { ref: 'C.2.6', title: 'Maintainability' },
  { ref: 'C.2.7', title: 'Privacy' },
  { ref: 'C.2.8', title: 'Robustness' },
  { ref: 'C.2.9', title: 'Safety' },
  { ref: 'C.2.10', title: 'Security' },
  { ref: 'C.2.11', title: 'Transparency and explainability' },
];

/** C.3 potential risk sources (7). */
export const ANNEX_C_RISK_SOURCES: readonly AnnexCEntry[] = [
  { ref: 'C.3.1', title: 'Complexity of environment' },
  { ref: 'C.3.2', title: 'Lack of transparency and explainability' },
  { ref: 'C.3.3', title: 'Level of automation' },
  { ref: 'C.3.4', title: 'Risk sources related to machine learning' },
  { ref: 'C.3.5', title: 'System hardware issues' },
  { ref: 'C.3.6', title: 'System life cycle issues' },
  { ref: 'C.3.7', title: 'Technology readiness' },
];

/** Annex C objective refs, for a risk's `affectedObjective`. */
export const ANNEX_C_OBJECTIVE_REFS = ANNEX_C_OBJECTIVES.map((e) => e.ref);
/** Annex C risk source refs, for a risk's `riskSource`. */
export const ANNEX_C_RISK_SOURCE_REFS = ANNEX_C_RISK_SOURCES.map((e) => e.ref);
