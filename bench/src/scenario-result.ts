// One row of the scenarios' JSON contract (issue 17), the statistics the rows are made of, and the table that
// prints them.
import type { Size } from './dataset.ts';
import type { ScenarioName } from './options.ts';

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

/** The part of a row every scenario of one run shares. */
export type RowHead = (name: ScenarioName) => Pick<ScenarioResult, 'name' | 'engine' | 'size'>;

/** Rounds for the report (the JSON carries no more digits than the measurement is worth). */
export const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/** The nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** p50, p95 and p99 of some timings, in ms, rounded. */
export function latencies(timesMs: number[]): Pick<ScenarioResult, 'p50Ms' | 'p95Ms' | 'p99Ms'> {
  const sorted = [...timesMs].sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
  };
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
