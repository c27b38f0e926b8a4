import { describe, expect, it } from 'vitest';
import { isTrainingValid, trainingProblems, trainingValidUntil } from './people.rules.ts';

describe('competence rules', () => {
  it('adds the renewal interval, clamping to the end of shorter months', () => {
    expect(trainingValidUntil('2026-01-15', 12)).toBe('2027-01-15');
    expect(trainingValidUntil('2026-01-31', 1)).toBe('2026-02-28');
    expect(trainingValidUntil('2026-03-01', null)).toBeNull();
  });

  it('counts a record as valid through its last day', () => {
    expect(isTrainingValid('2026-11-28', '2026-11-28')).toBe(true);
    expect(isTrainingValid('2026-11-27', '2026-11-28')).toBe(false);
    expect(isTrainingValid(null, '2099-01-01')).toBe(true);
  });

  it('needs a person and a date not in the future', () => {
    expect(
      trainingProblems({ userId: null, personName: ' ', completedOn: '2026-12-01' }, '2026-11-28').map(
        (e) => e.path,
      ),
    ).toEqual(['personName', 'completedOn']);
    expect(
      trainingProblems({ userId: 'usr_1', personName: '', completedOn: '2026-11-28' }, '2026-11-28'),
    ).toEqual([]);
  });
});
