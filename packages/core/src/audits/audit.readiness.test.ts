// §9.2 readiness item read from the audit records (`facts.audits`).
import { describe, expect, it } from 'vitest';
import { evaluateReadiness } from '../readiness/readiness.rules.ts';
import type { ReadinessFacts } from '../readiness/readiness.schema.ts';

const base: ReadinessFacts = {
  today: '2026-12-02',
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
};
const item = (f: ReadinessFacts) =>
  evaluateReadiness(f).items.find((i) => i.key === 'audit_programme_results')!;

describe('readiness of the internal audit programme (§9.2)', () => {
  it('is missing with no audits, draft when only planned', () => {
    expect(item(base).status).toBe('missing');
    expect(item({ ...base, audits: { planned: 0, completed: 0, lastCompletedAt: null } }).status).toBe(
      'missing',
    );
    expect(item({ ...base, audits: { planned: 1, completed: 0, lastCompletedAt: null } }).status).toBe(
      'draft',
    );
  });
  it('is approved after a completed audit, stale when the last one is over 15 months old', () => {
    const done = { planned: 0, completed: 1, lastCompletedAt: '2026-11-30T10:00:00.000Z' };
    expect(item({ ...base, audits: done }).status).toBe('approved');
    expect(item({ ...base, audits: { ...done, lastCompletedAt: '2025-01-10T10:00:00.000Z' } }).status).toBe(
      'stale',
    );
  });
});
