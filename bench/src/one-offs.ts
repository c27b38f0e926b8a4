// The one-off scenarios (issue 17): work timed a few times in its own process on the generated data rather than
// requests under load — ledger verification, the audit pack, the backup (servers/*.job.ts) and the cold start —
// and the set-up job that gives the `write` scenario a token that may write. All of them open the data before the
// server does: embedded PGlite allows one process per data directory.
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundled } from './child.ts';
import { coldStarts } from './cold-start.ts';
import type { DatasetInfo } from './dataset.ts';
import { MB } from './load.ts';
import type { ScenarioName } from './options.ts';
import { latencies, percentile, type RowHead, round, type ScenarioResult } from './scenario-result.ts';
import type { JobMessage, TimedResult } from './servers/job.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Starts of each kind in the cold-start scenario (after one uncounted start). */
const COLD_STARTS = 7;

/** Each timed job: its process file, what it is told, and what the progress line says it works on. */
const TIMED_JOBS = {
  'ledger-verify': {
    file: 'ledger-verify.job.ts',
    env: { BENCH_LEDGER_MODE: 'full' },
    on: (info: DatasetInfo) => `the ledger (${info.counts.ledgerEntries} entries as generated)`,
  },
  'ledger-verify-checkpoint': {
    file: 'ledger-verify.job.ts',
    env: { BENCH_LEDGER_MODE: 'checkpoint' },
    on: (info: DatasetInfo) => `the ledger (${info.counts.ledgerEntries} entries as generated)`,
  },
  'audit-pack': {
    file: 'zip-file.job.ts',
    env: { BENCH_ZIP: 'audit-pack' },
    on: () => 'the organization, streamed to a file',
  },
  backup: {
    file: 'zip-file.job.ts',
    env: { BENCH_ZIP: 'backup' },
    on: () => 'the whole instance, streamed to a file',
  },
} satisfies Partial<
  Record<ScenarioName, { file: string; env: Record<string, string>; on(i: DatasetInfo): string }>
>;

/** The scenarios this module runs. */
export type OneOffName = keyof typeof TIMED_JOBS | 'cold-start';

/** Whether a scenario is a one-off (no HTTP load, no same-bytes baseline). */
export function isOneOff(name: ScenarioName): name is OneOffName {
  return name in TIMED_JOBS || name === 'cold-start';
}

/** Forks a job (bundled, like the servers) and resolves with its result once it has exited. */
async function runJob<T>(file: string, env: NodeJS.ProcessEnv): Promise<T> {
  const job = await bundled(path.join(here, 'servers', file));
  return new Promise((resolve, reject) => {
    const child = fork(job, [], { execArgv: [], env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let answer: JobMessage<T> | undefined;
    child.on('message', (m: JobMessage<T>) => (answer = m));
    child.once('exit', () => {
      if (answer?.type === 'result') resolve(answer);
      else reject(new Error(`${file} failed: ${answer?.message ?? 'no answer from the job'}`));
    });
  });
}

/** A new API token that may create risks, for the `write` scenario. */
export async function writeToken(env: NodeJS.ProcessEnv): Promise<string> {
  return (await runJob<{ token: string }>('write-token.job.ts', env)).token;
}

/** Runs the chosen one-offs, in the order of the scenario list, and returns their rows. */
export async function runOneOffs(
  names: OneOffName[],
  {
    env,
    info,
    head,
    progress,
  }: { env: NodeJS.ProcessEnv; info: DatasetInfo; head: RowHead; progress(line: string): void },
): Promise<ScenarioResult[]> {
  const rows: ScenarioResult[] = [];
  for (const name of names) {
    if (name === 'cold-start') {
      rows.push(await coldStart(env, head, progress));
      continue;
    }
    const job = TIMED_JOBS[name];
    progress(`${name}: 3 runs on ${job.on(info)}…`);
    const r = await runJob<TimedResult>(job.file, { ...env, ...job.env });
    const stats = latencies(r.timesMs);
    progress(
      `${name}: p50 ${stats.p50Ms} ms${r.outputBytes === null ? '' : `, ${(r.outputBytes / MB).toFixed(2)} MB written per run`}`,
    );
    rows.push({
      ...head(name),
      requestsPerSec: null,
      ...stats,
      peakRssMb: round(r.peakRss / MB),
      baselineRequestsPerSec: null,
      ratio: null,
      processes: 1,
    });
  }
  return rows;
}

/** The cold-start row: the server bundle's starts, with a bare Node server's p50 over ours as the ratio. */
async function coldStart(
  env: NodeJS.ProcessEnv,
  head: RowHead,
  progress: (line: string) => void,
): Promise<ScenarioResult> {
  progress(`cold-start: ${COLD_STARTS} starts of the server bundle and of a bare Node server, in turn…`);
  const { server, baseline } = await coldStarts({ ...env, AIMS_DATA_DIR: env.BENCH_DATA_DIR }, COLD_STARTS);
  const p50 = (timesMs: number[]) =>
    percentile(
      [...timesMs].sort((a, b) => a - b),
      50,
    );
  return {
    ...head('cold-start'),
    requestsPerSec: null,
    ...latencies(server.timesMs),
    peakRssMb: round(server.peakRss / MB),
    baselineRequestsPerSec: null,
    // As with throughput, the share of the baseline's speed: the bare server's p50 over ours.
    ratio: round(p50(baseline.timesMs) / p50(server.timesMs), 3),
    processes: 1,
  };
}
