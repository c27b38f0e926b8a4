// Exports build a whole document in memory and keep a core busy while they do. Building more at once than there are
// cores finishes none sooner, but memory grows with each one (issue 17: ten SoA workbooks at once took a server
// from 160 to over 400 MB). So a process builds at most one such document per core; the others wait their turn.
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';

/** How many documents a process builds at once: one per core. */
export const HEAVY_WORK_CONCURRENCY = Math.max(1, availableParallelism());

const limit = pLimit(HEAVY_WORK_CONCURRENCY);

/** Runs `build` when fewer than HEAVY_WORK_CONCURRENCY builds are running in this process. */
export function heavyWork<T>(build: () => Promise<T>): Promise<T> {
  return limit(build);
}
