import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('AIMS_HEAP_GROWTH_PERCENT (issue 17: peak memory; services/common/heap-growth.ts)', () => {
  it('is 100 % unless set; 0 leaves V8 its own choice; anything else is refused at start', () => {
    expect(parseEnv({}).AIMS_HEAP_GROWTH_PERCENT).toBe(100);
    expect(parseEnv({ AIMS_HEAP_GROWTH_PERCENT: '0' }).AIMS_HEAP_GROWTH_PERCENT).toBe(0);
    for (const bad of ['-1', '301', '1.5', 'lots'])
      expect(() => parseEnv({ AIMS_HEAP_GROWTH_PERCENT: bad })).toThrow(/AIMS_HEAP_GROWTH_PERCENT/);
  });
});
