// Crosswalk facts as compact rows (refs only), from reference/crosswalks.md: §2 (EU AI Act → 42001, our
// analysis), §4.3 (42001 → NIST AI RMF, the NIST-hosted Microsoft crosswalk; B.x read as A.x) and §5.1
// (42001 ↔ 27001 clauses, Harmonized Structure).
import type { MappingConfidence } from './catalog.schema.ts';

/** EU AI Act provision → 42001 clauses and Annex A controls, with the row's confidence. */
export const EU_AI_ACT_TO_42001: readonly [article: string, confidence: MappingConfidence, refs: string][] = [
  ['Art. 4', 'high', '7.2, 7.3, A.4.6'],
  ['Art. 5', 'medium', '4.1, 4.2, 6.1.4, 8.4, A.2.2, A.5.2, A.5.4, A.5.5, A.9.2, A.9.4, A.10.3'],
  ['Art. 6', 'medium', '4.1, 4.3, 6.1.4, A.5.2, A.6.2.2, A.9.4'],
  [
    'Art. 9',
    'high',
    '6.1.1, 6.1.2, 6.1.3, 6.1.4, 8.2, 8.3, 8.4, A.5.2, A.5.4, A.5.5, A.6.1.2, A.6.2.4, A.6.2.6',
  ],
  ['Art. 10', 'high', 'A.4.3, A.7.2, A.7.3, A.7.4, A.7.5, A.7.6, A.5.4'],
  ['Art. 11', 'medium', '7.5, A.4.2, A.4.4, A.4.5, A.6.2.2, A.6.2.3, A.6.2.4, A.6.2.7, A.5.3, A.7.3'],
  ['Art. 12', 'high', '7.5.3, A.6.2.8, A.6.2.6'],
  ['Art. 13', 'high', 'A.8.2, A.6.2.7, A.9.4, A.10.4'],
  ['Art. 14', 'medium', 'A.6.1.3, A.9.3, A.8.2, A.4.6, A.3.2'],
  ['Art. 15', 'medium', '6.1.2, A.6.1.2, A.6.2.3, A.6.2.4, A.6.2.6, A.7.4'],
  [
    'Art. 17',
    'medium',
    '4.3, 4.4, 5.1, 5.2, 5.3, 6.1.2, 6.1.3, 7.1, 7.4, 7.5, 8.1, 9.1, 9.2.2, 9.3.3, 10.2, A.6.1.3, A.6.2.4, A.7.2, A.8.4, A.8.5, A.10.3',
  ],
  [
    'Art. 26',
    'high',
    '7.2, 7.4, 8.1, 9.1, A.9.2, A.9.3, A.9.4, A.4.6, A.6.2.6, A.6.2.8, A.8.4, A.8.5, A.10.3',
  ],
  ['Art. 27', 'high', '6.1.4, 8.4, A.5.2, A.5.3, A.5.4, A.5.5'],
  ['Art. 50', 'medium', 'A.8.2, A.8.5, A.6.2.7'],
  ['Art. 72', 'high', '9.1, 8.2, 10.1, A.6.2.6, A.8.3, A.6.2.8'],
  ['Art. 73', 'medium', '10.2, A.8.4, A.8.5, A.3.3, A.8.3'],
];

/** 42001 clause or control → NIST AI RMF subcategories that cite it. */
export const ISO42001_TO_NIST: readonly [ref: string, subcategories: string][] = [
  ['4.1', 'GOVERN 1.1, MAP 1.3, MAP 1.4, MAP 4.1'],
  ['4.3', 'MAP 3.3'],
  ['4.4', 'GOVERN 1.2, MEASURE 3.1'],
  ['5.1', 'GOVERN 2.3, MAP 1.4'],
  ['5.2', 'GOVERN 1.2, GOVERN 2.3, MAP 1.3'],
  ['5.3', 'GOVERN 2.1'],
  ['6.1.1', 'GOVERN 1.3, MAP 1.5, MEASURE 1.1, MANAGE 1.3, MANAGE 2.3'],
  [
    '6.1.2',
    'GOVERN 1.3, GOVERN 1.4, MAP 5.1, MEASURE 1.1, MEASURE 1.3, MEASURE 2.8, MANAGE 1.2, MANAGE 1.3, MANAGE 2.3',
  ],
  ['6.1.3', 'GOVERN 1.3, GOVERN 1.4, MANAGE 1.2, MANAGE 1.3, MANAGE 2.3'],
  ['6.1.4', 'GOVERN 4.2, MAP 1.1, MANAGE 1.2, MANAGE 1.3'],
  ['6.2', 'GOVERN 1.1, MAP 1.3'],
  ['7.1', 'GOVERN 2.1, MANAGE 2.1, MANAGE 2.2'],
  ['7.2', 'GOVERN 2.1, GOVERN 2.2, GOVERN 3.2, MAP 1.2, MAP 3.4'],
  ['7.3', 'GOVERN 2.1, MAP 1.3'],
  ['7.4', 'GOVERN 2.1, GOVERN 4.2, MAP 1.3'],
  ['7.5.3', 'MAP 1.3'],
  ['8.2', 'GOVERN 1.5, MAP 3.2, MEASURE 2.6, MEASURE 3.1'],
  ['8.3', 'GOVERN 1.4, GOVERN 1.5, MAP 3.2'],
  ['8.4', 'GOVERN 1.5, MAP 3.2, MEASURE 3.1'],
  ['9.1', 'GOVERN 2.1, MEASURE 2.4, MEASURE 4.1, MEASURE 4.2'],
  ['9.2.1', 'MEASURE 4.2, MANAGE 4.1'],
  ['9.2.2', 'MEASURE 1.3'],
  ['9.3.1', 'GOVERN 2.3, MEASURE 4.3'],
  ['9.3.2', 'GOVERN 2.3, MANAGE 4.3'],
  ['9.3.3', 'GOVERN 2.3, MANAGE 1.2, MANAGE 4.2'],
  ['10.1', 'MEASURE 3.2, MANAGE 2.2'],
  ['10.2', 'MANAGE 2.3'],
  ['A.2.2', 'GOVERN 1.1, GOVERN 1.2, MAP 1.4, MAP 4.1'],
  ['A.2.3', 'MEASURE 2.7, MEASURE 2.10'],
  ['A.2.4', 'GOVERN 1.1'],
  ['A.3.2', 'GOVERN 2.1, GOVERN 3.2, MEASURE 2.7'],
  ['A.3.3', 'MANAGE 2.2'],
  ['A.4.2', 'GOVERN 1.6, MAP 2.1, MEASURE 2.1, MANAGE 2.1'],
  ['A.4.3', 'GOVERN 1.6, MAP 2.1'],
  ['A.4.4', 'GOVERN 1.6, MAP 2.1, MANAGE 3.2'],
  ['A.4.5', 'GOVERN 1.6, MAP 2.1, MEASURE 2.12'],
  ['A.4.6', 'GOVERN 1.6, GOVERN 3.1, GOVERN 3.2, MAP 1.2, MAP 2.1, MAP 3.4'],
  [
    'A.5.2',
    'GOVERN 4.1, MAP 1.1, MAP 1.4, MAP 3.1, MAP 3.2, MAP 3.3, MAP 5.1, MEASURE 1.2, MEASURE 1.3, MEASURE 2.7, MEASURE 2.10',
  ],
  ['A.5.3', 'GOVERN 3.2, GOVERN 5.1, MAP 1.1, MAP 3.1, MAP 3.2, MAP 3.3, MANAGE 1.4'],
  [
    'A.5.4',
    'GOVERN 3.1, GOVERN 4.1, GOVERN 4.2, GOVERN 5.1, GOVERN 5.2, MAP 1.1, MAP 1.6, MAP 3.1, MAP 3.2, MAP 3.3, MEASURE 1.2, MEASURE 1.3, MEASURE 2.8, MEASURE 2.11, MEASURE 4.1, MANAGE 1.4',
  ],
  [
    'A.5.5',
    'GOVERN 4.2, GOVERN 5.2, MAP 1.1, MAP 1.6, MAP 3.1, MAP 3.2, MAP 3.3, MEASURE 1.2, MEASURE 1.3, MEASURE 2.8, MEASURE 2.11, MEASURE 2.12, MEASURE 4.1',
  ],
  ['A.6.1.2', 'GOVERN 1.2, GOVERN 4.1, GOVERN 4.3, MEASURE 2.7, MEASURE 2.8, MANAGE 2.2'],
  [
    'A.6.1.3',
    'GOVERN 1.2, GOVERN 3.2, GOVERN 4.1, GOVERN 4.3, GOVERN 5.2, MAP 2.3, MAP 3.5, MAP 5.2, MANAGE 1.1, MANAGE 2.2, MANAGE 2.4',
  ],
  ['A.6.2.2', 'MAP 1.4, MAP 1.6'],
  ['A.6.2.3', 'MAP 2.1, MEASURE 2.7'],
  [
    'A.6.2.4',
    'GOVERN 4.3, MAP 2.3, MEASURE 1.2, MEASURE 2.1, MEASURE 2.2, MEASURE 2.5, MEASURE 2.6, MEASURE 2.13, MEASURE 4.1, MANAGE 1.1, MANAGE 2.2, MANAGE 4.2',
  ],
  ['A.6.2.5', 'MEASURE 2.5, MEASURE 2.9'],
  [
    'A.6.2.6',
    'GOVERN 1.7, GOVERN 4.3, GOVERN 5.2, MAP 5.2, MEASURE 2.3, MEASURE 2.4, MEASURE 2.6, MEASURE 2.13, MEASURE 3.2, MEASURE 4.3, MANAGE 2.2, MANAGE 3.2, MANAGE 4.1, MANAGE 4.2, MANAGE 4.3',
  ],
  [
    'A.6.2.7',
    'GOVERN 4.3, MAP 2.2, MAP 2.3, MAP 3.5, MAP 4.2, MEASURE 2.1, MEASURE 2.5, MEASURE 2.9, MEASURE 4.3, MANAGE 1.4, MANAGE 2.4',
  ],
  ['A.6.2.8', 'MEASURE 2.4, MEASURE 2.6, MEASURE 3.2'],
  ['A.7.2', 'MAP 2.3, MEASURE 2.7, MEASURE 2.8, MEASURE 2.10, MANAGE 2.2'],
  ['A.7.3', 'MAP 2.3, MEASURE 2.10'],
  ['A.7.4', 'MAP 2.3, MEASURE 2.3'],
  ['A.7.5', 'MAP 2.3, MEASURE 2.9'],
  ['A.7.6', 'MAP 2.3'],
  [
    'A.8.2',
    'GOVERN 4.3, MAP 2.2, MAP 3.5, MAP 4.2, MEASURE 2.5, MEASURE 2.9, MEASURE 3.3, MEASURE 4.2, MANAGE 1.4, MANAGE 2.4',
  ],
  ['A.8.3', 'GOVERN 4.3, GOVERN 5.1, GOVERN 5.2, MAP 5.2, MEASURE 3.3, MEASURE 4.2, MANAGE 4.1'],
  ['A.8.4', 'GOVERN 4.3, MEASURE 2.1, MEASURE 3.3'],
  ['A.8.5', 'GOVERN 4.2, GOVERN 4.3, MANAGE 4.3'],
  ['A.9.2', 'GOVERN 4.1, MAP 4.1, MANAGE 1.1'],
  ['A.9.3', 'GOVERN 1.2, GOVERN 3.2, GOVERN 4.1, MAP 2.2, MEASURE 2.7, MEASURE 2.8, MANAGE 1.1'],
  ['A.9.4', 'MAP 1.4, MAP 4.1, MANAGE 1.1, MANAGE 2.4'],
  ['A.10.2', 'GOVERN 6.1, GOVERN 6.2, MANAGE 3.1'],
  ['A.10.3', 'GOVERN 1.2, GOVERN 4.1, GOVERN 6.1, GOVERN 6.2, MAP 4.2, MANAGE 3.1'],
  ['A.10.4', 'GOVERN 5.1, GOVERN 5.2, MANAGE 4.1'],
];

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
