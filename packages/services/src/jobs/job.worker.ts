// Runs due jobs: claim, hand each to its type's handler, finish or retry. A server process polls with `startJobPoller`;
// `aims jobs run --once` calls `runDueJobs` once.
import { hostname } from 'node:os';
import { type Db, tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { claimJobs, completeJob, failJob, type JobRow } from './job.queue.ts';

/** Handles one job; throwing makes the attempt fail (and the job retry with backoff). */
export type JobHandler = (job: JobRow, ctx: { db: Db; now: Date }) => Promise<void>;

/** Options of a worker run. */
export interface RunOptions {
  /** The instant jobs are due at (default: now); `aims jobs run --once --as-of`. */
  now?: Date;
  workerId?: string;
  /** Jobs claimed per round. */
  batch?: number;
  /** Stop after this many jobs (bounds one run). */
  max?: number;
  /** First retry delay; later ones double. */
  baseBackoffMs?: number;
  onError?: (job: JobRow, error: unknown) => void;
}

/** What a run did. */
export interface RunResult {
  done: number;
  failed: number;
  dead: number;
  ids: string[];
}

let workerSeq = 0;
/** A worker id naming host, process and a sequence number (seen in `locked_by`). */
export function newWorkerId(): string {
  workerSeq += 1;
  return `${hostname()}:${process.pid}:${workerSeq}`;
}

/** Claims and runs due jobs until none is due at `now` (or `max` is reached). Unknown types go dead at once. */
export async function runDueJobs(
  db: Db,
  handlers: Record<string, JobHandler>,
  opts: RunOptions = {},
): Promise<RunResult> {
  const now = opts.now ?? new Date();
  const workerId = opts.workerId ?? newWorkerId();
  const max = opts.max ?? 10_000;
  const result: RunResult = { done: 0, failed: 0, dead: 0, ids: [] };
  while (result.ids.length < max) {
    const claimed = await claimJobs(db, {
      now,
      workerId,
      limit: Math.min(opts.batch ?? 10, max - result.ids.length),
    });
    if (claimed.length === 0) break;
    for (const job of claimed) {
      result.ids.push(job.id);
      const handler = handlers[job.type];
      try {
        if (!handler) {
          await db
            .update(tables.jobs)
            .set({ status: 'dead', finishedAt: now, lastError: `no handler for job type ${job.type}` })
            .where(eq(tables.jobs.id, job.id));
          result.dead += 1;
          continue;
        }
        await handler(job, { db, now });
        await completeJob(db, job.id, now);
        result.done += 1;
      } catch (e) {
        opts.onError?.(job, e);
        const status = await failJob(
          db,
          job,
          e instanceof Error ? e.message : String(e),
          now,
          opts.baseBackoffMs,
        );
        if (status === 'dead') result.dead += 1;
        else result.failed += 1;
      }
    }
  }
  return result;
}

/** A running poller and how to stop it (waits for the round in progress). */
export interface JobPoller {
  stop(): Promise<void>;
}

/** Polls every `intervalMs`: runs `beforeRound` (e.g. the reminder scan) then the due jobs. Errors are reported, never thrown. */
export function startJobPoller(opts: {
  intervalMs: number;
  round: () => Promise<void>;
  onError: (e: unknown) => void;
}): JobPoller {
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    if (stopped) return;
    current = opts
      .round()
      .catch(opts.onError)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, opts.intervalMs);
      });
  };
  timer = setTimeout(tick, opts.intervalMs);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
