import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { HEAVY_WORK_CONCURRENCY, heavyWork } from './heavy-work.ts';

describe('heavyWork', () => {
  it('runs at most one build per core and every build in the end, failures included', async () => {
    let running = 0;
    let most = 0;
    const builds = Array.from({ length: HEAVY_WORK_CONCURRENCY * 3 + 1 }, (_, i) =>
      heavyWork(async () => {
        running += 1;
        most = Math.max(most, running);
        await sleep(5);
        running -= 1;
        if (i === 1) throw new Error('bad input');
        return i;
      }),
    );
    const results = await Promise.allSettled(builds);
    expect(most).toBe(HEAVY_WORK_CONCURRENCY);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(builds.length - 1);
    expect(results[1]).toMatchObject({ status: 'rejected', reason: new Error('bad input') });
  });
});
