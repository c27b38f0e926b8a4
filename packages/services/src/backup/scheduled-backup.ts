// Scheduled backups (issue 11): once a day a job writes the whole instance to AIMS_BACKUP_DIR and keeps the newest
// AIMS_BACKUP_KEEP files. It runs inside the serving process, so it works on PGlite too (the CLI cannot open a
// data directory the server holds). One job per UTC day, by idempotency key, however many processes poll.
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { todayUtc } from '@openaims/core';
import type { Db, Engine } from '@openaims/db';
import type { BlobStore } from '../evidence/blob-store.ts';
import { enqueueJob } from '../jobs/job.queue.ts';
import { writeBackup } from './backup.service.ts';

/** The job type of a scheduled backup. */
export const BACKUP_JOB = 'backup.scheduled';

/** Where and how many scheduled backups are kept. */
export interface BackupSchedule {
  dir: string;
  keep: number;
  database: { db: Db; engine: Engine };
  blobs: BlobStore;
}

const FILE = /^openaims-backup-\d{4}-\d{2}-\d{2}T\d{6}Z\.zip$/;

/** Enqueues today's backup unless it was enqueued already (one per UTC day). */
export async function enqueueDailyBackup(db: Db, now: Date): Promise<string | null> {
  const day = todayUtc(now);
  return enqueueJob(db, {
    type: BACKUP_JOB,
    payload: { day },
    idempotencyKey: `backup:${day}`,
    maxAttempts: 3,
  });
}

/**
 * Writes one backup into the schedule's folder (atomically: a temporary name, then a rename) and prunes old ones.
 * The file is named after the day it was scheduled for and the time it was written.
 */
export async function runScheduledBackup(s: BackupSchedule, day?: string, now = new Date()): Promise<string> {
  fs.mkdirSync(s.dir, { recursive: true });
  const iso = now.toISOString(); // 2026-12-02T03:04:05.678Z → openaims-backup-2026-12-02T030405Z.zip
  const name = `openaims-backup-${day ?? iso.slice(0, 10)}T${iso.slice(11, 19).replace(/:/g, '')}Z.zip`;
  const file = path.join(s.dir, name);
  const partial = `${file}.partial`;
  const { stream, done } = writeBackup(s.database, s.blobs);
  await Promise.all([pipeline(stream, fs.createWriteStream(partial)), done]);
  fs.renameSync(partial, file);
  pruneBackups(s.dir, s.keep);
  return file;
}

/** Removes all but the newest `keep` scheduled backups in `dir` (other files are left alone). */
export function pruneBackups(dir: string, keep: number): string[] {
  const ours = fs
    .readdirSync(dir)
    .filter((f) => FILE.test(f))
    .sort()
    .reverse();
  const removed = ours.slice(Math.max(keep, 1));
  for (const f of removed) fs.rmSync(path.join(dir, f), { force: true });
  return removed;
}
