// §9.2 readiness item read from the audit records (`facts.audits`).
import { describe, expect, it } from 'vitest';
import { emptyReadinessFacts } from '../readiness/readiness.fixtures.ts';
import { evaluateReadiness } from '../readiness/readiness.rules.ts';
import type { ReadinessFacts } from '../readiness/readiness.schema.ts';

const base: ReadinessFacts = emptyReadinessFacts({ today: '2026-12-02' });
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
