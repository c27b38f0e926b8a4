// ISO/IEC 42001:2023 Annex C (informative): potential AI-related objectives and risk sources. Names only,
// kept for the risk module (§6.1.2 asks risk identification to consider them). The entries live in iso42001.annex-c.json.
import ANNEX_C from './iso42001.annex-c.json' with { type: 'json' };

/** An Annex C entry: its ref and name. */
export interface AnnexCEntry {
  ref: string;
  title: string;
}

/** C.2 potential organizational objectives (11). */
export const ANNEX_C_OBJECTIVES: readonly AnnexCEntry[] = ANNEX_C.objectives;

/** C.3 potential risk sources (7). */
export const ANNEX_C_RISK_SOURCES: readonly AnnexCEntry[] = ANNEX_C.riskSources;

/** Annex C objective refs, for a risk's `affectedObjective`. */
export const ANNEX_C_OBJECTIVE_REFS = ANNEX_C_OBJECTIVES.map((e) => e.ref);
/** Annex C risk source refs, for a risk's `riskSource`. */
export const ANNEX_C_RISK_SOURCE_REFS = ANNEX_C_RISK_SOURCES.map((e) => e.ref);
