// The job types this instance runs and one "round" of work: the reminder scan, then every due job. Servers call
// `runJobRound` from their poller; `aims jobs run --once` calls it once.
import { type Db, tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import {
  BACKUP_JOB,
  type BackupSchedule,
  enqueueDailyBackup,
  runScheduledBackup,
} from '../backup/scheduled-backup.ts';
import { digestEmail } from '../notifications/email.templates.ts';
import type { Mailer } from '../notifications/mailer.ts';
import { DIGEST_JOB, EMAIL_JOB } from '../notifications/notification.service.ts';
import { type ScanResult, scanReminders } from '../notifications/reminder.scanner.ts';
import { deliverWebhook } from '../webhooks/webhook.delivery.ts';
import { WEBHOOK_JOB } from '../webhooks/webhook-events.ts';
import { type JobHandler, type RunOptions, type RunResult, runDueJobs } from './job.worker.ts';

/** What the job handlers need from the instance. */
export interface JobRuntime {
  db: Db;
  /** Absent when AIMS_SMTP_URL is not set: no e-mail is queued then. */
  mailer?: Mailer;
  /** Base URL of the web app for links in messages (AIMS_PUBLIC_URL). */
  publicUrl?: string;
  /** Set when AIMS_BACKUP_DIR is: a daily backup of the whole instance, the newest `keep` kept. */
  backup?: BackupSchedule;
}

/** Handlers by job type. */
export function jobHandlers(rt: JobRuntime): Record<string, JobHandler> {
  return {
    [EMAIL_JOB]: async (job) => {
      if (!rt.mailer)
        throw new Error('e-mail is not configured (AIMS_SMTP_URL); the message waits for a retry');
      const m = job.payload as { to: string; subject: string; text: string; html: string };
      await rt.mailer.send(m);
    },
    [DIGEST_JOB]: async (job, { db }) => {
      if (!rt.mailer)
        throw new Error('e-mail is not configured (AIMS_SMTP_URL); the digest waits for a retry');
      const p = job.payload as {
        to: string;
        orgId: string;
        items: { title: string; body: string; link: string | null }[];
      };
      const [org] = await db
        .select({ name: tables.organizations.name })
        .from(tables.organizations)
        .where(eq(tables.organizations.id, p.orgId));
      await rt.mailer.send(
        digestEmail({
          to: p.to,
          organizationName: org?.name ?? p.orgId,
          items: p.items,
          publicUrl: rt.publicUrl,
        }),
      );
    },
    [WEBHOOK_JOB]: deliverWebhook,
    [BACKUP_JOB]: async (job) => {
      if (!rt.backup) throw new Error('scheduled backups are not configured (AIMS_BACKUP_DIR)');
      await runScheduledBackup(rt.backup, (job.payload as { day?: string }).day);
    },
  };
}

/** One round: scan for reminders due at `now`, then run every job due at `now`. */
export async function runJobRound(
  rt: JobRuntime,
  opts: RunOptions & { scan?: boolean } = {},
): Promise<{ scan: ScanResult | null; jobs: RunResult }> {
  const now = opts.now ?? new Date();
  const scan =
    opts.scan === false
      ? null
      : await scanReminders(rt.db, { now, mailEnabled: !!rt.mailer, publicUrl: rt.publicUrl });
  if (rt.backup && opts.scan !== false) await enqueueDailyBackup(rt.db, now);
  const jobs = await runDueJobs(rt.db, jobHandlers(rt), { ...opts, now });
  return { scan, jobs };
}
