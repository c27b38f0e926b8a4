// `aims jobs run --once [--as-of ISO]` and `aims jobs list`: the background queue from the command line (ADR 0006).
// `run --once` scans for reminders due at that instant and runs every due job, for cron and tests.
import { JOB_STATUSES, type JobStatus } from '@openaims/core';
import { configuredMailer } from '@openaims/server';
import { listJobs, runJobRound } from '@openaims/services';
import type { Command } from 'commander';
import { badInput } from '../support/errors.ts';
import { integerFlag } from '../support/flags.ts';
import { printJson, printLines } from '../support/output.ts';
import { configuredEnv, type StorageFlags, withDatabase, withDataDirOption } from '../support/storage.ts';

function asOf(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const d = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(d.getTime()))
    throw badInput(`--as-of: an ISO-8601 instant such as 2026-12-02T08:00:00Z, got "${value}"`);
  return d;
}

/** Registers `aims jobs`. */
export function registerJobsCommand(program: Command): void {
  const jobs = program.command('jobs').description('background jobs: reminders, e-mail, webhook deliveries');
  withDataDirOption(
    jobs
      .command('run')
      .description('scan for due reminders and run every job due now (or at --as-of), then exit'),
  )
    .option('--once', 'run one round and exit (the only mode; servers poll by themselves)')
    .option('--as-of <instant>', 'treat this ISO-8601 instant as now')
    .option('--json', 'print {"scan":{reminders,tasks,emails},"jobs":{done,failed,dead}}')
    .action(async (flags: StorageFlags & { once?: boolean; asOf?: string; json?: boolean }) => {
      if (!flags.once)
        throw badInput('aims jobs run needs --once (servers run jobs continuously by themselves)');
      const now = asOf(flags.asOf);
      const env = configuredEnv({ AIMS_DATA_DIR: flags.dataDir });
      const out = await withDatabase(flags, (database) =>
        runJobRound(
          { db: database.db, mailer: configuredMailer(env), publicUrl: env.AIMS_PUBLIC_URL },
          { now },
        ),
      );
      const jobsOut = { done: out.jobs.done, failed: out.jobs.failed, dead: out.jobs.dead };
      if (flags.json) printJson({ scan: out.scan, jobs: jobsOut });
      else
        printLines(
          `reminders: ${out.scan?.reminders ?? 0} sent, ${out.scan?.tasks ?? 0} tasks opened, ${out.scan?.emails ?? 0} e-mails queued`,
          `jobs: ${jobsOut.done} done, ${jobsOut.failed} to retry, ${jobsOut.dead} given up`,
        );
    });

  withDataDirOption(jobs.command('list').description('the queue, newest first'))
    .option('--status <status>', `only jobs in this state (${JOB_STATUSES.join(', ')})`)
    .option('--limit <n>', 'at most this many (default 100)')
    .option('--json', 'print the jobs as a JSON array')
    .action(async (flags: StorageFlags & { status?: string; limit?: string; json?: boolean }) => {
      if (flags.status && !JOB_STATUSES.includes(flags.status as JobStatus))
        throw badInput(`--status: one of ${JOB_STATUSES.join(', ')}`);
      const limit = integerFlag('--limit', flags.limit) ?? 100;
      if (limit < 1 || limit > 10_000) throw badInput('--limit: between 1 and 10000');
      const list = await withDatabase(flags, (database) =>
        listJobs(database.db, { status: flags.status as JobStatus | undefined, limit }),
      );
      if (flags.json) printJson(list);
      else
        printLines(
          ...(list.length
            ? list.map(
                (j) =>
                  `${j.id}  ${j.type.padEnd(16)} ${j.status.padEnd(8)} attempts ${j.attempts}/${j.maxAttempts}  due ${j.runAt}${j.lastError ? `  last error: ${j.lastError}` : ''}`,
              )
            : ['no jobs']),
        );
    });
}
