import { describe, expect, it } from 'vitest';
import { isReassessment } from './risk.reassessment.ts';

describe('isReassessment', () => {
  const cur = { likelihood: 3, consequence: 4, needsReassessment: false };
  it('is not one when no rating is sent', () => {
    expect(isReassessment(cur, {})).toBe(false);
  });
  it('is not one when the sent ratings are the stored ones', () => {
    expect(isReassessment(cur, { likelihood: 3, consequence: 4 })).toBe(false);
  });
  it('is one when either rating changes', () => {
    expect(isReassessment(cur, { likelihood: 2, consequence: 4 })).toBe(true);
    expect(isReassessment(cur, { consequence: 5 })).toBe(true);
  });
  it('is one when a flagged risk has its ratings confirmed', () => {
    expect(isReassessment({ ...cur, needsReassessment: true }, { likelihood: 3, consequence: 4 })).toBe(true);
  });
});
