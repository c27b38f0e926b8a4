// How an HTTP scenario (issue 17) is measured: the request it makes and where it goes, the answer fetched once
// from OpenAIMS, and the bare-Hono baseline serving exactly those bytes, loaded with the same settings in the same
// run as OpenAIMS.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ServerProcess, startServerProcess } from './child.ts';
import { type LoadRequest, runLoad } from './load.ts';
import type { ScenarioName } from './options.ts';
import type { BytesEntry } from './servers/bytes.server.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** One request a scenario makes: GET answering 200 unless said. */
export interface Req extends LoadRequest {
  status?: 200 | 201;
}

/** An answer fetched once from OpenAIMS, for the baseline to serve. */
export type Answer = Omit<BytesEntry, 'file'> & { bytes: Buffer };

/** Where a run's requests go: the server's URL, the organization's API prefix and the tokens' headers. */
export interface Target {
  url: string;
  org: string;
  /** The dataset's viewer token. */
  auth: Record<string, string>;
  /** A token that may create risks; only when the run includes `write`. */
  writeAuth?: Record<string, string>;
}

/** How long a scenario loads each target, with how many connections. */
export type Load = { duration: number; warmup: number; connections: number };

/** What an HTTP scenario measured: OpenAIMS's throughput, latencies and peak RSS, and the baseline's throughput. */
export interface Measured {
  requestsPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  peakRssMb: number;
  baselineRequestsPerSec: number;
}

/** An HTTP scenario ready to run: the answers the baseline serves (path → answer), and how it measures both. */
export interface HttpPlan {
  answers: Map<string, Answer>;
  measure(baseline: ServerProcess): Promise<Measured>;
}

/** A GET of the organization's API as the dataset's viewer. */
export const get = (t: Target, path: string): Req => ({ path: `${t.org}/${path}`, headers: t.auth });

/** Sends the request once, failing on any other status than the expected one; returns the answer. */
export async function fetchOnce(url: string, req: Req): Promise<Answer> {
  const method = req.method ?? 'GET';
  const status = req.status ?? 200;
  const res = await fetch(`${url}${req.path}`, { method, headers: req.headers, body: req.body });
  const bytes = Buffer.from(await res.arrayBuffer());
  if (res.status !== status)
    throw new Error(`${method} ${req.path} answered ${res.status}: ${bytes.toString('utf8')}`);
  const contentType = res.headers.get('content-type') ?? 'application/octet-stream';
  return { bytes, contentType, method, status };
}

/** Sends the request once and parses the JSON answer. */
export async function fetchJson<T>(url: string, req: Req): Promise<T> {
  return JSON.parse((await fetchOnce(url, req)).bytes.toString('utf8')) as T;
}

/**
 * Runs `measure` next to the bare-Hono baseline serving `answers` (path → answer) from a temporary map file,
 * and stops the baseline after.
 */
export async function withBaseline<T>(
  answers: Map<string, Answer>,
  measure: (baseline: ServerProcess) => Promise<T>,
): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-bench-bytes-'));
  try {
    const map: Record<string, BytesEntry> = {};
    for (const [key, { bytes, ...entry }] of answers) {
      const file = path.join(dir, `${Object.keys(map).length}.body`);
      fs.writeFileSync(file, bytes);
      map[key] = { file, ...entry };
    }
    const mapFile = path.join(dir, 'map.json');
    fs.writeFileSync(mapFile, JSON.stringify(map));
    const baseline = await startServerProcess(
      path.join(here, 'servers/bytes.server.ts'),
      { ...process.env, BENCH_BYTES_FILE: mapFile },
      30_000,
    );
    try {
      return await measure(baseline);
    } finally {
      await baseline.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A one-request scenario: autocannon on the baseline (same request without the token), then on OpenAIMS. */
export async function measureRequest(
  name: ScenarioName,
  req: Req,
  t: Target,
  openaims: ServerProcess,
  load: Load,
): Promise<HttpPlan> {
  const answer = await fetchOnce(t.url, req);
  const plain = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'authorization'));
  return {
    answers: new Map([[req.path, answer]]),
    measure: async (baseline) => {
      const b = await runLoad(baseline, load, { ...req, headers: plain });
      const o = await runLoad(openaims, load, req);
      const failed = b.non2xx + b.errors + o.non2xx + o.errors;
      if (failed > 0) throw new Error(`${name}: ${failed} requests failed`);
      return {
        requestsPerSec: o.requestsPerSec,
        p50Ms: o.p50Ms,
        // autocannon reports p97.5, not p95: the nearer-to-tail figure is reported as p95.
        p95Ms: o.p975Ms,
        p99Ms: o.p99Ms,
        peakRssMb: o.peakRssMb,
        baselineRequestsPerSec: b.requestsPerSec,
      };
    },
  };
}
