import { describe, expect, it } from 'vitest';
import { diffSoaSnapshots, isSoaEntryDecided, soaApprovalProblems, soaEntryProblems } from './soa.rules.ts';
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

describe('SoA approval (§6.1.3)', () => {
  const control = (controlRef: string, over: Partial<SoaSnapshotRow> = {}) =>
    row({ controlRef, title: controlRef, ...over });
  const decided = [
    control('A.2.2', { justification: 'Needed for policy' }),
    control('A.2.3', { applicable: false, justification: 'No suppliers' }),
    control('A.2.4', { implementationStatus: 'planned' }),
  ];

  it('counts a control as decided once excluded, justified or started', () => {
    expect(decided.every(isSoaEntryDecided)).toBe(true);
    expect(isSoaEntryDecided(control('A.3.2'))).toBe(false);
  });

  it('refuses approval while a control is undecided, naming the count and the controls', () => {
    const p = soaApprovalProblems({
      controls: [...decided, control('A.3.2'), control('A.3.3')],
      submittedBy: 'u1',
      approverId: 'u2',
      separationOfDuties: false,
    });
    expect(p).toHaveLength(1);
    expect(p[0]!.message).toContain('2 controls have no decision');
    expect(p[0]!.message).toContain('A.3.2, A.3.3');
  });

  it('refuses the submitter’s own approval only when the organization asks for separation of duties', () => {
    const base = { controls: decided, submittedBy: 'u1', approverId: 'u1' };
    expect(soaApprovalProblems({ ...base, separationOfDuties: false })).toEqual([]);
    expect(soaApprovalProblems({ ...base, separationOfDuties: true }).map((x) => x.path)).toEqual([
      'approvedBy',
    ]);
    expect(soaApprovalProblems({ ...base, approverId: 'u2', separationOfDuties: true })).toEqual([]);
  });
});
