// `npm run bench -- --scenario NAME[,NAME…] --size small|large [--json]` (issue 17): the real server on a
// generated dataset, each HTTP scenario next to a bare-Hono baseline serving the same bytes in the same run.

import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundled, type ServerProcess, startServerProcess } from './child.ts';
import { coldStarts } from './cold-start.ts';
import { datasetLocation, readDatasetInfo, type Size } from './dataset.ts';
import { type LoadResult, MB, runLoad, withPeakRss } from './load.ts';
import type { BenchOptions, ScenarioName } from './options.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** One row of the contract's JSON (`{scenarios: [...]}`). */
export interface ScenarioResult {
  name: ScenarioName;
  engine: 'pglite' | 'postgres';
  size: Size;
  requestsPerSec: number | null;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  peakRssMb: number;
  baselineRequestsPerSec: number | null;
  ratio: number | null;
  /** Server processes behind the loopback address (`--processes`; peak RSS is their sum). */
  processes: number;
}

/** One HTTP request the scenarios make: the path (with query) and its headers. */
interface Req {
  path: string;
  headers: Record<string, string>;
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/** Starts of each kind in the cold-start scenario (after one uncounted start). */
const COLD_STARTS = 7;

/** The nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Fetches once, failing on anything but 200; returns the bytes and content type. */
async function fetchBytes(base: string, req: Req): Promise<{ bytes: Buffer; contentType: string }> {
  const res = await fetch(`${base}${req.path}`, { headers: req.headers });
  const bytes = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200)
    throw new Error(`GET ${req.path} answered ${res.status}: ${bytes.toString('utf8')}`);
  return { bytes, contentType: res.headers.get('content-type') ?? 'application/octet-stream' };
}

/** The pages of the whole register, 500 at a time, following nextCursor. */
function registerPage(orgId: string, cursor: string | null): string {
  const q = new URLSearchParams({ limit: '500' });
  if (cursor) q.set('cursor', cursor);
  return `/api/v1/orgs/${orgId}/risks?${q}`;
}

/** One full walk of the register; returns the number of risks read (checks every page answers 200). */
async function walkRegister(base: string, orgId: string, headers: Record<string, string>): Promise<number> {
  let cursor: string | null = null;
  let count = 0;
  do {
    const res = await fetch(`${base}${registerPage(orgId, cursor)}`, { headers });
    if (res.status !== 200) throw new Error(`register page answered ${res.status}`);
    const page = (await res.json()) as { items: unknown[]; nextCursor: string | null };
    count += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return count;
}

/** `connections` client loops repeating `walk` for warm-up then `duration` seconds; latency is per full walk. */
async function loopLoad(
  walk: () => Promise<unknown>,
  opts: { duration: number; warmup: number; connections: number },
): Promise<{ requestsPerSec: number; p50Ms: number; p95Ms: number; p99Ms: number; errors: number }> {
  const run = async (seconds: number) => {
    const times: number[] = [];
    let errors = 0;
    const end = performance.now() + seconds * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: opts.connections }, async () => {
        while (performance.now() < end) {
          const t = performance.now();
          try {
            await walk();
            times.push(performance.now() - t);
          } catch {
            errors++;
          }
        }
      }),
    );
    return { times, errors, elapsed: (performance.now() - started) / 1000 };
  };
  if (opts.warmup > 0) await run(opts.warmup);
  const { times, errors, elapsed } = await run(opts.duration);
  times.sort((a, b) => a - b);
  return {
    requestsPerSec: times.length / elapsed,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    p99Ms: percentile(times, 99),
    errors,
  };
}

/** Starts the bare-Hono baseline serving `bodies` (path → bytes) from a temporary map file. */
async function startBytesBaseline(
  bodies: Map<string, { bytes: Buffer; contentType: string }>,
): Promise<{ server: ServerProcess; cleanup(): void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-bench-bytes-'));
  const map: Record<string, { file: string; contentType: string }> = {};
  let i = 0;
  for (const [key, { bytes, contentType }] of bodies) {
    const file = path.join(dir, `${i++}.body`);
    fs.writeFileSync(file, bytes);
    map[key] = { file, contentType };
  }
  const mapFile = path.join(dir, 'map.json');
  fs.writeFileSync(mapFile, JSON.stringify(map));
  const server = await startServerProcess(
    path.join(here, 'servers/bytes.server.ts'),
    { ...process.env, BENCH_BYTES_FILE: mapFile },
    30_000,
  );
  return { server, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the one-off ledger verify 3 times in its own process on the dataset: every entry, or from a checkpoint. */
async function ledgerVerify(
  env: NodeJS.ProcessEnv,
  mode: 'full' | 'checkpoint',
): Promise<{ timesMs: number[]; peakRss: number }> {
  const job = await bundled(path.join(here, 'servers/ledger-verify.job.ts'));
  return new Promise((resolve, reject) => {
    const child = fork(job, [], {
      execArgv: [],
      env: { ...env, BENCH_LEDGER_MODE: mode },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let answer: { type: string; message?: string; timesMs?: number[]; peakRss?: number; verdict?: unknown };
    child.on('message', (m: typeof answer) => (answer = m));
    child.once('exit', () => {
      if (answer?.type === 'result' && (answer.verdict as { ok?: boolean })?.ok)
        resolve({ timesMs: answer.timesMs!, peakRss: answer.peakRss! });
      else
        reject(
          new Error(
            `ledger verify failed: ${answer?.message ?? JSON.stringify(answer?.verdict ?? 'no answer from the job')}`,
          ),
        );
    });
  });
}

/** Runs the chosen scenarios on the generated dataset; returns the rows (throws on a broken set-up). */
export async function runScenarios(
  options: BenchOptions,
  progress: (line: string) => void,
): Promise<ScenarioResult[]> {
  const adminUrl = process.env.DATABASE_URL || undefined;
  const info = readDatasetInfo(options.size, adminUrl);
  const where = datasetLocation(options.size, adminUrl);
  const env = {
    ...process.env,
    DATABASE_URL: where.pgUrl ?? '',
    BENCH_DATA_DIR: where.dataDir,
    BENCH_ORG_ID: info.orgId,
  };
  const row = (name: ScenarioName) => ({ name, engine: where.engine, size: options.size });
  const processes = options.processes;
  const load = { duration: options.duration, warmup: options.warmup, connections: options.connections };
  const results: ScenarioResult[] = [];
  const auth = { authorization: `Bearer ${info.token}` };
  const org = `/api/v1/orgs/${info.orgId}`;
  const simple: Partial<Record<ScenarioName, string>> = {
    'list-ai-systems': `${org}/ai-systems?limit=50`,
    'list-risks': `${org}/risks?limit=50&sort=-inherentScore`,
    readiness: `${org}/readiness`,
    soa: `${org}/soa`,
  };

  // The one-offs run first, on their own: embedded PGlite allows one process per data directory.
  const oneOffs = { 'ledger-verify': 'full', 'ledger-verify-checkpoint': 'checkpoint' } as const;
  for (const [name, mode] of Object.entries(oneOffs) as [keyof typeof oneOffs, 'full' | 'checkpoint'][]) {
    if (!options.scenarios.includes(name)) continue;
    progress(`${name}: 3 runs on ${info.counts.ledgerEntries} entries…`);
    const { timesMs, peakRss } = await ledgerVerify(env, mode);
    const sorted = [...timesMs].sort((a, b) => a - b);
    results.push({
      ...row(name),
      requestsPerSec: null,
      p50Ms: round(percentile(sorted, 50)),
      p95Ms: round(percentile(sorted, 95)),
      p99Ms: round(percentile(sorted, 99)),
      peakRssMb: round(peakRss / MB),
      baselineRequestsPerSec: null,
      ratio: null,
      processes: 1,
    });
  }
  if (options.scenarios.includes('cold-start')) {
    progress(`cold-start: ${COLD_STARTS} starts of the server bundle and of a bare Node server, in turn…`);
    const { server, baseline } = await coldStarts(
      { ...env, AIMS_DATA_DIR: where.dataDir, DATABASE_URL: where.pgUrl ?? '' },
      COLD_STARTS,
    );
    const times = [...server.timesMs].sort((a, b) => a - b);
    const base = percentile(
      [...baseline.timesMs].sort((a, b) => a - b),
      50,
    );
    results.push({
      ...row('cold-start'),
      requestsPerSec: null,
      p50Ms: round(percentile(times, 50)),
      p95Ms: round(percentile(times, 95)),
      p99Ms: round(percentile(times, 99)),
      peakRssMb: round(server.peakRss / MB),
      baselineRequestsPerSec: null,
      // As with throughput, the share of the baseline's speed: the bare server's p50 over ours.
      ratio: round(base / percentile(times, 50), 3),
      processes: 1,
    });
  }
  const http = options.scenarios.filter((s) => !(s in oneOffs) && s !== 'cold-start');
  if (http.length === 0) return results;

  progress(
    `starting OpenAIMS (${where.engine}${processes > 1 ? `, ${processes} processes` : ''}) on the ${options.size} dataset…`,
  );
  const openaims =
    processes > 1
      ? await startServerProcess(
          path.join(here, 'servers/cluster.server.ts'),
          { ...env, BENCH_PROCESSES: String(processes) },
          180_000,
        )
      : await startServerProcess(path.join(here, 'servers/dataset.server.ts'), env, 120_000);
  try {
    for (const name of http) {
      const base = openaims.ready.url;
      // The same bytes, fetched once from OpenAIMS, for the baseline.
      const bodies = new Map<string, { bytes: Buffer; contentType: string }>();
      if (name === 'risk-register') {
        let cursor: string | null = null;
        do {
          const p = registerPage(info.orgId, cursor);
          const body = await fetchBytes(base, { path: p, headers: auth });
          bodies.set(p, body);
          cursor = (JSON.parse(body.bytes.toString('utf8')) as { nextCursor: string | null }).nextCursor;
        } while (cursor);
      } else {
        const p = simple[name]!;
        bodies.set(p, await fetchBytes(base, { path: p, headers: auth }));
      }
      const bytes = [...bodies.values()].reduce((n, b) => n + b.bytes.length, 0);
      progress(
        `${name}: ${bodies.size} response(s), ${(bytes / 1024).toFixed(0)} kB; baseline then OpenAIMS, ${load.warmup} + ${load.duration} s each…`,
      );
      const baseline = await startBytesBaseline(bodies);
      try {
        if (name === 'risk-register') {
          const risks = await walkRegister(base, info.orgId, auth);
          if (risks !== info.counts.risks)
            throw new Error(`the register walk read ${risks} risks, expected ${info.counts.risks}`);
          const b = await loopLoad(() => walkRegister(baseline.server.ready.url, info.orgId, {}), load);
          const o = await withPeakRss(openaims, () =>
            loopLoad(() => walkRegister(base, info.orgId, auth), load),
          );
          if (b.errors + o.value.errors > 0)
            throw new Error(`${name}: ${b.errors + o.value.errors} walks failed`);
          results.push({
            ...row(name),
            requestsPerSec: round(o.value.requestsPerSec),
            p50Ms: round(o.value.p50Ms),
            p95Ms: round(o.value.p95Ms),
            p99Ms: round(o.value.p99Ms),
            peakRssMb: round(o.peakRssMb),
            baselineRequestsPerSec: round(b.requestsPerSec),
            ratio: b.requestsPerSec > 0 ? round(o.value.requestsPerSec / b.requestsPerSec, 3) : null,
            processes,
          });
        } else {
          const p = simple[name]!;
          const b: LoadResult = await runLoad(baseline.server, load, { path: p, headers: {} });
          const o: LoadResult = await runLoad(openaims, load, { path: p, headers: auth });
          if (b.non2xx + b.errors + o.non2xx + o.errors > 0)
            throw new Error(`${name}: ${b.non2xx + b.errors + o.non2xx + o.errors} requests failed`);
          results.push({
            ...row(name),
            requestsPerSec: round(o.requestsPerSec),
            p50Ms: o.p50Ms,
            // autocannon reports p97.5, not p95: the nearer-to-tail figure is reported as p95.
            p95Ms: o.p975Ms,
            p99Ms: o.p99Ms,
            peakRssMb: round(o.peakRssMb),
            baselineRequestsPerSec: round(b.requestsPerSec),
            ratio: b.requestsPerSec > 0 ? round(o.requestsPerSec / b.requestsPerSec, 3) : null,
            processes,
          });
        }
      } finally {
        await baseline.server.stop();
        baseline.cleanup();
      }
    }
  } finally {
    await openaims.stop();
  }
  return results;
}

/** The scenario rows as a table. */
export function formatScenarioTable(rows: ScenarioResult[]): string {
  const head = [
    'scenario',
    'engine',
    'size',
    'procs',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'peak RSS MB',
    'baseline req/s',
    'ratio',
  ];
  const cell = (v: number | string | null) => (v === null ? '–' : String(v));
  const body = rows.map((r) =>
    [
      r.name,
      r.engine,
      r.size,
      r.processes,
      r.requestsPerSec,
      r.p50Ms,
      r.p95Ms,
      r.p99Ms,
      r.peakRssMb,
      r.baselineRequestsPerSec,
      r.ratio,
    ].map(cell),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
