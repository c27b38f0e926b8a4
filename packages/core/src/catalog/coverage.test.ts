import { describe, expect, it } from 'vitest';
import { controlState, frameworkCoverage, type WorkState } from './coverage.ts';
import { ANNEX_A_CONTROLS } from './iso42001.annex-a.ts';
import { TRACKED_CLAUSE_REFS } from './iso42001.clauses.ts';

function states(fill: WorkState): Map<string, WorkState> {
  const m = new Map<string, WorkState>();
  for (const c of ANNEX_A_CONTROLS) m.set(c.ref, fill);
  for (const r of TRACKED_CLAUSE_REFS) m.set(r, fill);
  return m;
}

describe('crosswalk coverage', () => {
  it('covers nothing before any work has started, and says so per requirement', () => {
    const c = frameworkCoverage('iso-iec-27001-2022', states('not_started'));
    expect(c.summary.covered).toBe(0);
    expect(c.summary.gap + c.summary.unmapped).toBe(c.summary.total);
    expect(c.summary.total).toBeGreaterThan(20);
  });

  it('covers every ISO/IEC 27001 clause 4–10 once the matching 42001 clauses are implemented (shared structure)', () => {
    const c = frameworkCoverage('iso-iec-27001-2022', states('implemented'));
    expect(c.items.filter((i) => i.status !== 'covered').map((i) => i.ref)).toEqual([]);
    expect(c.items.find((i) => i.ref === '6.1.3')?.via[0]).toMatchObject({
      ref: '6.1.3',
      full: true,
      state: 'implemented',
    });
  });

  it('counts an "intersect" mapping as partial at best, however complete the 42001 work', () => {
    const c = frameworkCoverage('eu-ai-act-2024', states('implemented'));
    const mapped = c.items.filter((i) => i.via.length > 0);
    expect(mapped.length).toBeGreaterThan(5);
    for (const i of mapped) {
      if (i.via.every((v) => !v.full)) expect(i.status, i.ref).toBe('partial');
    }
    expect(c.summary.covered + c.summary.partial + c.summary.gap + c.summary.unmapped).toBe(c.summary.total);
  });

  it('gives excluded controls no credit', () => {
    expect(controlState({ applicable: false, implementationStatus: 'implemented' })).toBe('excluded');
    const c = frameworkCoverage('nist-ai-rmf-1.0', states('excluded'));
    expect(c.summary.covered + c.summary.partial).toBe(0);
  });

  it('judges a parent reference (7.5, not tracked itself) by all its children', () => {
    const s = states('implemented');
    s.set('7.5.3', 'not_started');
    const all = ['eu-ai-act-2024', 'nist-ai-rmf-1.0', 'iso-iec-27001-2022'] as const;
    const via75 = all
      .flatMap((f) => frameworkCoverage(f, s).items.flatMap((i) => i.via))
      .filter((v) => v.ref === '7.5');
    expect(via75.length).toBeGreaterThan(0);
    for (const v of via75) expect(v.state).toBe('partial');
    s.set('7.5.3', 'implemented');
    const again = all
      .flatMap((f) => frameworkCoverage(f, s).items.flatMap((i) => i.via))
      .filter((v) => v.ref === '7.5');
    for (const v of again) expect(v.state).toBe('implemented');
  });
});
