import { describe, expect, it } from 'vitest';
import { TimeSlices } from './time-slices.ts';

/** Whether the event loop got a turn (a setImmediate callback ran) while `work` was awaited. */
async function loopTurned(work: () => Promise<void>): Promise<boolean> {
  let turned = false;
  const immediate = setImmediate(() => (turned = true));
  await work();
  clearImmediate(immediate);
  return turned;
}

describe('time slices of a long loop', () => {
  it('keeps working within a slice and lets the event loop turn once it is used up', async () => {
    const long = new TimeSlices(60_000);
    expect(await loopTurned(() => long.pause())).toBe(false);
    const used = new TimeSlices(0);
    expect(await loopTurned(() => used.pause())).toBe(true);
  });

  it('starts a new slice after each turn', async () => {
    const slices = new TimeSlices(100);
    const busyUntil = performance.now() + 110;
    while (performance.now() < busyUntil); // a unit of work longer than the slice
    expect(await loopTurned(() => slices.pause())).toBe(true);
    // The slice starts again after the turn: the next short unit keeps working.
    expect(await loopTurned(() => slices.pause())).toBe(false);
  });
});
