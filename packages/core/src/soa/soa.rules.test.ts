import { describe, expect, it } from 'vitest';
import { diffSoaSnapshots, soaEntryProblems } from './soa.rules.ts';
import type { SoaSnapshotRow } from './soa.schema.ts';

const row = (over: Partial<SoaSnapshotRow> = {}): SoaSnapshotRow => ({
  controlRef: 'A.2.2',
  title: 'AI policy',
  applicable: true,
  justification: '',
  implementationStatus: 'not_started',
  ownerId: null,
  riskIds: [],
  evidenceIds: [],
  documentIds: [],
  ...over,
});

describe('SoA rules', () => {
  it('refuses an exclusion without a justification, blank or not', () => {
    expect(soaEntryProblems({ applicable: false, justification: '  ' })).toHaveLength(1);
    expect(soaEntryProblems({ applicable: false, justification: 'We develop no AI' })).toEqual([]);
    expect(soaEntryProblems({ applicable: true, justification: '' })).toEqual([]);
  });

  it('lists each changed field of each control', () => {
    const a = [row(), row({ controlRef: 'A.2.3' })];
    const b = [
      row({ implementationStatus: 'implemented' }),
      row({ controlRef: 'A.2.3', applicable: false, justification: 'n/a', riskIds: ['risk_x'] }),
    ];
    expect(diffSoaSnapshots(a, b)).toEqual([
      { controlRef: 'A.2.2', field: 'implementationStatus', from: 'not_started', to: 'implemented' },
      { controlRef: 'A.2.3', field: 'applicable', from: true, to: false },
      { controlRef: 'A.2.3', field: 'justification', from: '', to: 'n/a' },
      { controlRef: 'A.2.3', field: 'riskIds', from: [], to: ['risk_x'] },
    ]);
    expect(diffSoaSnapshots(a, a)).toEqual([]);
  });
});
