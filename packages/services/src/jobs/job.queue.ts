// The jobs table as a queue (ADR 0006): enqueue with an optional idempotency key, claim due jobs with
// FOR UPDATE SKIP LOCKED (so concurrent workers never take the same job), finish, retry with backoff, or bury.
import { backoffMs, type Job, JobSchema, type JobStatus, newId } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, asc, desc, eq, lt, lte, or, sql } from 'drizzle-orm';
import { projection } from '../common/projection.ts';

const { jobs } = tables;
/** A stored job row. */
export type JobRow = typeof jobs.$inferSelect;

/** What to enqueue. */
export interface EnqueueInput {
  type: string;
  payload?: Record<string, unknown>;
  organizationId?: string | null;
  /** When the job becomes due (default: now). */
  runAt?: Date;
  /** The same key enqueued twice makes one job (a reminder e-mail, a webhook delivery). */
  idempotencyKey?: string | null;
  maxAttempts?: number;
}

/** A running job left this long without finishing is taken to have died with its worker and is claimed again. */
export const STALE_LOCK_MS = 15 * 60_000;

/** Adds a job (inside the caller's transaction when given one); returns its id, or null when the key existed. */
export async function enqueueJob(db: Db, input: EnqueueInput): Promise<string | null> {
  const at = new Date();
  const rows = await db
    .insert(jobs)
    .values({
      id: newId('job'),
      type: input.type,
      organizationId: input.organizationId ?? null,
      payload: input.payload ?? {},
      status: 'pending',
      attempts: 0,
      maxAttempts: input.maxAttempts ?? 5,
      runAt: input.runAt ?? at,
      idempotencyKey: input.idempotencyKey ?? null,
      createdAt: at,
      updatedAt: at,
    })
    .onConflictDoNothing({ target: jobs.idempotencyKey })
    .returning({ id: jobs.id });
  return rows[0]?.id ?? null;
}

/**
 * Claims up to `limit` jobs due at `now` for `workerId`. The inner SELECT skips rows another worker has locked,
 * and the UPDATE marks them running in the same statement, so each job goes to exactly one worker.
 */
export async function claimJobs(
  db: Db,
  opts: { now: Date; workerId: string; limit: number },
): Promise<JobRow[]> {
  const stale = new Date(opts.now.getTime() - STALE_LOCK_MS);
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      or(
        and(eq(jobs.status, 'pending'), lte(jobs.runAt, opts.now)),
        and(eq(jobs.status, 'running'), lt(jobs.lockedAt, stale)),
      ),
    )
    .orderBy(asc(jobs.runAt), asc(jobs.id))
    .limit(opts.limit)
    .for('update', { skipLocked: true });
  return db
    .update(jobs)
    .set({
      status: 'running',
      lockedAt: opts.now,
      lockedBy: opts.workerId,
      attempts: sql`${jobs.attempts} + 1`,
      updatedAt: new Date(),
    })
    .where(sql`${jobs.id} in (${due})`)
    .returning();
}

/** Marks a claimed job done. */
export async function completeJob(db: Db, id: string, now: Date): Promise<void> {
  await db
    .update(jobs)
    .set({
      status: 'done',
      finishedAt: now,
      lockedAt: null,
      lockedBy: null,
      lastError: null,
      updatedAt: new Date(),
    })
    .where(eq(jobs.id, id));
}

/** Records a failed attempt: back to pending after an exponential backoff, or dead after the last attempt. */
export async function failJob(
  db: Db,
  job: JobRow,
  error: string,
  now: Date,
  baseBackoffMs?: number,
): Promise<JobStatus> {
  const dead = job.attempts >= job.maxAttempts;
  await db
    .update(jobs)
    .set({
      status: dead ? 'dead' : 'pending',
      runAt: dead ? job.runAt : new Date(now.getTime() + backoffMs(job.attempts, baseBackoffMs)),
      finishedAt: dead ? now : null,
      lockedAt: null,
      lockedBy: null,
      lastError: error.slice(0, 2000),
      updatedAt: new Date(),
    })
    .where(eq(jobs.id, job.id));
  return dead ? 'dead' : 'pending';
}

/** Row → the shape `aims jobs list` prints. */
export const toJob: (r: JobRow) => Job = projection(JobSchema);

/** The queue, newest first, optionally by status (operators' view; jobs span organizations). */
export async function listJobs(db: Db, opts: { status?: JobStatus; limit?: number } = {}): Promise<Job[]> {
  const rows = await db
    .select()
    .from(jobs)
    .where(opts.status ? eq(jobs.status, opts.status) : undefined)
    .orderBy(desc(jobs.createdAt), desc(jobs.id))
    .limit(opts.limit ?? 100);
  return rows.map(toJob);
}
