// Crosswalk facts as compact rows (refs only; the rows live in mappings.json), from reference/crosswalks.md: §2
// (EU AI Act → 42001, our analysis), §4.3 (42001 → NIST AI RMF, the NIST-hosted Microsoft crosswalk; B.x read as
// A.x) and §5.1 (42001 ↔ 27001 clauses, Harmonized Structure).
import { type MappingConfidence, MappingConfidenceSchema } from './catalog.schema.ts';
import MAPPINGS from './mappings.json' with { type: 'json' };

/** EU AI Act provision → 42001 clauses and Annex A controls, with the row's confidence. */
export const EU_AI_ACT_TO_42001: readonly [article: string, confidence: MappingConfidence, refs: string][] =
  MAPPINGS.euAiActTo42001.map(({ article, confidence, refs }) => [
    article,
    MappingConfidenceSchema.parse(confidence),
    refs,
  ]);

/** 42001 clause or control → NIST AI RMF subcategories that cite it. */
export const ISO42001_TO_NIST: readonly [ref: string, subcategories: string][] = MAPPINGS.iso42001ToNist.map(
  ({ ref, subcategories }) => [ref, subcategories],
);

/**
 * 42001 clauses whose 27001 counterpart has the same skeleton but where 42001 asks for more (crosswalks §5.1):
 * these map as `superset`; every other shared clause maps as `equal`.
 */
export const ISO42001_WIDER_THAN_27001: ReadonlySet<string> = new Set([
  '4.1',
  '4.2',
  '6.1.1',
  '6.1.2',
  '6.1.3',
]);
