import { describe, expect, it } from 'vitest';
import { MANDATORY_ITEMS, MANDATORY_KEYS } from './mandatory.ts';

describe('mandatory documented information', () => {
  it('lists the 19 items of clauses 4–10 once each, in clause order', () => {
    expect(MANDATORY_ITEMS).toHaveLength(19);
    expect(new Set(MANDATORY_KEYS).size).toBe(19);
    const clauses = MANDATORY_ITEMS.map((i) => i.clause.split('.').map(Number));
    for (let i = 1; i < clauses.length; i++) {
      const [a, b] = [clauses[i - 1]!, clauses[i]!];
      const cmp = a[0]! - b[0]! || (a[1] ?? 0) - (b[1] ?? 0) || (a[2] ?? 0) - (b[2] ?? 0);
      expect(cmp, `${MANDATORY_ITEMS[i]!.key} after ${MANDATORY_ITEMS[i - 1]!.key}`).toBeLessThanOrEqual(0);
    }
  });
});
