import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import {
  HEAVY_WORK_CONCURRENCY,
  HEAVY_WORK_QUEUE,
  HEAVY_WORK_RETRY_AFTER_S,
  heavyWork,
} from './heavy-work.ts';

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

describe('heavyWork queue', () => {
  it('refuses a build once the queue is full, with a time to retry, and takes builds again once it drains', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const started: number[] = [];
    const held = Array.from({ length: HEAVY_WORK_CONCURRENCY + HEAVY_WORK_QUEUE }, (_, i) =>
      heavyWork(async () => {
        started.push(i);
        await gate;
        return i;
      }),
    );
    await sleep(1);
    expect(started).toHaveLength(HEAVY_WORK_CONCURRENCY);
    const refused = await heavyWork(async () => 'not built').catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'UNAVAILABLE',
      status: 503,
      headers: { 'Retry-After': String(HEAVY_WORK_RETRY_AFTER_S) },
    });
    expect(String((refused as Error).message)).toContain(
      `${HEAVY_WORK_CONCURRENCY + HEAVY_WORK_QUEUE} documents`,
    );
    release();
    expect(await Promise.all(held)).toEqual(held.map((_, i) => i));
    expect(await heavyWork(async () => 'built')).toBe('built');
  });
});
