// Exports build a whole document in memory and keep a core busy while they do. Building more at once than there are
// cores finishes none sooner, but memory grows with each one (issue 17: ten SoA workbooks at once took a server
// from 160 to over 400 MB). So a process builds at most one such document per core; the others wait their turn —
// up to a bound, past which an export is refused at once with a time to retry, rather than queued without end.
import { availableParallelism } from 'node:os';
import { AppError } from '@openaims/core';
import pLimit from 'p-limit';

/** How many documents a process builds at once: one per core. */
export const HEAVY_WORK_CONCURRENCY = Math.max(1, availableParallelism());

/**
 * How many builds may wait for a turn. Each waiting export holds a connection, and at the SoA workbook's pace at a
 * large organization (≈ 0.1–0.4 s) the last in a full queue still starts within a few seconds.
 */
export const HEAVY_WORK_QUEUE = 16 * HEAVY_WORK_CONCURRENCY;

/** Seconds a refused export is told to wait (Retry-After). */
export const HEAVY_WORK_RETRY_AFTER_S = 5;

const limit = pLimit(HEAVY_WORK_CONCURRENCY);

/**
 * Runs `build` when fewer than HEAVY_WORK_CONCURRENCY builds are running in this process; refuses it (UNAVAILABLE,
 * 503 with Retry-After) when HEAVY_WORK_QUEUE builds are already waiting.
 */
export function heavyWork<T>(build: () => Promise<T>): Promise<T> {
  if (limit.pendingCount >= HEAVY_WORK_QUEUE)
    return Promise.reject(
      new AppError(
        'UNAVAILABLE',
        `This server is building ${limit.activeCount + limit.pendingCount} documents already; try again in a few seconds.`,
        { headers: { 'Retry-After': String(HEAVY_WORK_RETRY_AFTER_S) } },
      ),
    );
  return limit(build);
}
