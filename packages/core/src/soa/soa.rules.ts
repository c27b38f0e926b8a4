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
