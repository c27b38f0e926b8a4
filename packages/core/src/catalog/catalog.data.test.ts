// Pins the shipped catalogue data: how many entries each list has, their refs in order, and a digest of all of it,
// so a change to how the data is written down cannot change what any consumer reads.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EU_AI_ACT_REQUIREMENTS } from './eu-ai-act.ts';
import { ISO27001_CLAUSES } from './iso27001.clauses.ts';
import { ANNEX_A_CONTROLS, ANNEX_A_OBJECTIVES } from './iso42001.annex-a.ts';
import { ANNEX_C_OBJECTIVES, ANNEX_C_RISK_SOURCES } from './iso42001.annex-c.ts';
import { ISO42001_CLAUSES, TRACKED_CLAUSE_REFS } from './iso42001.clauses.ts';
import { EU_AI_ACT_TO_42001, ISO42001_TO_NIST, ISO42001_WIDER_THAN_27001 } from './mappings.data.ts';
import { MAPPINGS } from './mappings.ts';
import { NIST_AI_RMF_REQUIREMENTS } from './nist-ai-rmf.ts';

const lists = {
  ISO42001_CLAUSES,
  TRACKED_CLAUSE_REFS,
  ANNEX_A_OBJECTIVES,
  ANNEX_A_CONTROLS,
  ANNEX_C_OBJECTIVES,
  ANNEX_C_RISK_SOURCES,
  EU_AI_ACT_REQUIREMENTS,
  ISO27001_CLAUSES,
  NIST_AI_RMF_REQUIREMENTS,
  EU_AI_ACT_TO_42001,
  ISO42001_TO_NIST,
  ISO42001_WIDER_THAN_27001: [...ISO42001_WIDER_THAN_27001],
  MAPPINGS,
};

const refOf = (e: unknown) =>
  typeof e === 'string' ? e : Array.isArray(e) ? e[0] : ((e as { ref?: string; fromRef?: string }).ref ?? '');

describe('catalogue data', () => {
  it.each([
    ['ISO42001_CLAUSES', 43, '4', '10.2'],
    ['TRACKED_CLAUSE_REFS', 32, '4.1', '10.2'],
    ['ANNEX_A_OBJECTIVES', 11, 'A.2', 'A.10'],
    ['ANNEX_A_CONTROLS', 38, 'A.2.2', 'A.10.4'],
    ['ANNEX_C_OBJECTIVES', 11, 'C.2.1', 'C.2.11'],
    ['ANNEX_C_RISK_SOURCES', 7, 'C.3.1', 'C.3.7'],
    ['EU_AI_ACT_REQUIREMENTS', 25, 'Art. 4', 'Annex III.8'],
    ['EU_AI_ACT_TO_42001', 16, 'Art. 4', 'Art. 73'],
    ['ISO42001_TO_NIST', 65, '4.1', 'A.10.4'],
  ] as const)('%s has %i entries from %s to %s', (name, count, first, last) => {
    const list: readonly unknown[] = lists[name];
    expect(list).toHaveLength(count);
    expect(refOf(list[0])).toBe(first);
    expect(refOf(list.at(-1))).toBe(last);
  });

  it('reads exactly as pinned (bump the digest only with CATALOG_VERSION)', () => {
    const digest = createHash('sha256').update(JSON.stringify(lists)).digest('hex');
    expect(digest).toBe('9078e86a72607d6a0b469bc03075086247e57c763a390adccb41cbb63332e851');
  });
});
