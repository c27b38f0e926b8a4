import { describe, expect, it } from 'vitest';
import { activationProblems, kpiProblems, kpiStatus } from './objective.rules.ts';

describe('kpiStatus', () => {
  it('reads the direction: up, down, or within a tolerance', () => {
    expect(kpiStatus({ direction: 'increase', target: 0.9, tolerance: 0 }, 0.92)).toBe('on_track');
    expect(kpiStatus({ direction: 'increase', target: 0.9, tolerance: 0 }, 0.85)).toBe('off_track');
    expect(kpiStatus({ direction: 'decrease', target: 2, tolerance: 0 }, 3)).toBe('off_track');
    expect(kpiStatus({ direction: 'decrease', target: 2, tolerance: 0 }, 2)).toBe('on_track');
    expect(kpiStatus({ direction: 'maintain', target: 0, tolerance: 0.05 }, -0.04)).toBe('on_track');
    expect(kpiStatus({ direction: 'maintain', target: 0, tolerance: 0.05 }, 0.06)).toBe('off_track');
    expect(kpiStatus({ direction: 'increase', target: 1, tolerance: 0 }, null)).toBe('no_data');
  });
});

describe('objective rules', () => {
  it('activates only a measurable, owned objective', () => {
    expect(activationProblems({ status: 'draft', kpis: [], ownerId: null })).toEqual([]);
    expect(activationProblems({ status: 'active', kpis: [], ownerId: null }).map((e) => e.path)).toEqual([
      'kpis',
      'ownerId',
    ]);
    expect(activationProblems({ status: 'active', kpis: [{}], ownerId: 'usr_1' })).toEqual([]);
  });

  it('refuses two KPIs with the same name', () => {
    expect(kpiProblems([{ name: 'Accuracy' }, { name: ' accuracy ' }])).toEqual([
      { path: 'kpis.1.name', message: expect.any(String) },
    ]);
  });
});
