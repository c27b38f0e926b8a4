// Pure SoA rules: what makes an entry acceptable, and what changed between two snapshots.
import type { FieldError } from '../errors.ts';
import type { SoaChange, SoaSnapshotRow } from './soa.schema.ts';

/** §6.1.3: an excluded control must say why. Returns the field errors, empty when the entry is acceptable. */
export function soaEntryProblems(e: { applicable: boolean; justification: string }): FieldError[] {
  if (!e.applicable && e.justification.trim() === '') {
    return [
      { path: 'justification', message: 'an excluded control needs a justification (ISO/IEC 42001 §6.1.3)' },
    ];
  }
  return [];
}

/**
 * §6.1.3 d): a control is decided once it is excluded, says why it is included, or its implementation began.
 * Readiness counts decided entries by the same test (in SQL).
 */
export function isSoaEntryDecided(
  e: Pick<SoaSnapshotRow, 'applicable' | 'justification' | 'implementationStatus'>,
): boolean {
  return !e.applicable || e.justification.trim() !== '' || e.implementationStatus !== 'not_started';
}

/** What stops a submitted SoA version from being approved; empty when it may be approved. */
export function soaApprovalProblems(v: {
  controls: readonly SoaSnapshotRow[];
  submittedBy: string | null;
  approverId: string | null;
  /** The organization's option: the submitter may not approve their own version (§5.3 roles, A.3.2). */
  separationOfDuties: boolean;
}): FieldError[] {
  const problems: FieldError[] = [];
  const undecided = v.controls.filter((c) => !isSoaEntryDecided(c)).map((c) => c.controlRef);
  if (undecided.length > 0) {
    const shown =
      undecided.slice(0, 10).join(', ') + (undecided.length > 10 ? ` and ${undecided.length - 10} more` : '');
    problems.push({
      path: 'controls',
      message: `${undecided.length} control${undecided.length === 1 ? ' has' : 's have'} no decision yet (ISO/IEC 42001 §6.1.3): ${shown}`,
    });
  }
  if (v.separationOfDuties && v.submittedBy !== null && v.submittedBy === v.approverId)
    problems.push({
      path: 'approvedBy',
      message: 'this organization requires another person to approve the SoA than the one who submitted it',
    });
  return problems;
}

const FIELDS: (keyof SoaSnapshotRow)[] = [
  'applicable',
  'justification',
  'implementationStatus',
  'ownerId',
  'riskIds',
  'evidenceIds',
  'documentIds',
];

/** Field-by-field changes from one snapshot to another, in Annex A order. */
export function diffSoaSnapshots(
  from: readonly SoaSnapshotRow[],
  to: readonly SoaSnapshotRow[],
): SoaChange[] {
  const before = new Map(from.map((r) => [r.controlRef, r]));
  const changes: SoaChange[] = [];
  for (const row of to) {
    const old = before.get(row.controlRef);
    for (const field of FIELDS) {
      const a = old ? old[field] : undefined;
      const b = row[field];
      if (JSON.stringify(a) !== JSON.stringify(b))
        changes.push({ controlRef: row.controlRef, field, from: a ?? null, to: b });
    }
  }
  return changes;
}
