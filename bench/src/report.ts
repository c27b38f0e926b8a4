// Prints baseline and OpenAIMS side by side with their ratio, and writes the run as JSON to bench/results/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadResult } from './load.ts';
import type { BenchOptions } from './options.ts';

/** Everything one run recorded. */
export interface BenchReport {
  startedAt: string;
  machine: { cpuModel: string; cores: number; memoryGb: number; platform: string; node: string };
  options: BenchOptions;
  target: { engine: string; endpoint: string; [key: string]: unknown };
  baseline: LoadResult;
  openaims: LoadResult;
  /**
   * OpenAIMS ÷ baseline per metric (latency and memory: higher is worse; requests/s: lower is worse). Null when
   * the baseline value is 0: autocannon records whole milliseconds and bare Hono often answers below one, so
   * latency ratios are approximate and the requests/s ratio is the robust one.
   */
  ratio: Record<'p50' | 'p97_5' | 'p99' | 'requestsPerSec' | 'peakRss', number | null>;
}

/** Describes this machine (the numbers only mean something next to it). */
export function machine(): BenchReport['machine'] {
  return {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
  };
}

const ratio = (a: number, b: number) => (b > 0 ? Number((a / b).toPrecision(3)) : null);

/** The ratios of a run. */
export function ratios(baseline: LoadResult, openaims: LoadResult): BenchReport['ratio'] {
  return {
    p50: ratio(openaims.p50Ms, baseline.p50Ms),
    p97_5: ratio(openaims.p975Ms, baseline.p975Ms),
    p99: ratio(openaims.p99Ms, baseline.p99Ms),
    requestsPerSec: ratio(openaims.requestsPerSec, baseline.requestsPerSec),
    peakRss: ratio(openaims.peakRssMb, baseline.peakRssMb),
  };
}

/** The side-by-side table. */
export function formatTable(r: BenchReport): string {
  const rows: [string, number, number, number | null | string][] = [
    ['p50 latency (ms)', r.baseline.p50Ms, r.openaims.p50Ms, r.ratio.p50],
    ['p97.5 latency (ms)', r.baseline.p975Ms, r.openaims.p975Ms, r.ratio.p97_5],
    ['p99 latency (ms)', r.baseline.p99Ms, r.openaims.p99Ms, r.ratio.p99],
    ['requests/s', r.baseline.requestsPerSec, r.openaims.requestsPerSec, r.ratio.requestsPerSec],
    ['peak RSS (MB)', r.baseline.peakRssMb, r.openaims.peakRssMb, r.ratio.peakRss],
    ['non-2xx + errors', r.baseline.non2xx + r.baseline.errors, r.openaims.non2xx + r.openaims.errors, ''],
  ];
  const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(n >= 100 ? 0 : n >= 1 ? 1 : 2));
  const head = ['metric', 'bare Hono', `OpenAIMS (${r.target.engine})`, 'ratio'];
  const body = rows.map(([name, b, o, q]) => [
    name,
    fmt(b),
    fmt(o),
    typeof q === 'number' ? `${q}×` : q === null ? 'n/a (<1 ms)' : q,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** Writes the report to `dir/<timestamp>.json` and returns the path. */
export function writeReport(dir: string, r: BenchReport): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${r.startedAt.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
  return file;
}
