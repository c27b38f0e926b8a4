// One bounded load run with autocannon, with the server's RSS sampled while it runs.
import autocannon from 'autocannon';
import type { ServerProcess } from './child.ts';
import { resetPeak, treePeak } from './tree-rss.ts';

/** What one target measured. */
export interface LoadResult {
  p50Ms: number;
  p975Ms: number;
  p99Ms: number;
  avgMs: number;
  requestsPerSec: number;
  totalRequests: number;
  non2xx: number;
  errors: number;
  idleRssMb: number;
  peakRssMb: number;
}

/** Bytes in a megabyte, for the RSS figures. */
export const MB = 1024 * 1024;

/**
 * The server's peak RSS while `work` runs, in MB, with the work's value: the kernel's high-water mark (reset when the
 * work starts) where /proc allows, else the highest of samples taken every 250 ms.
 */
export async function withPeakRss<T>(
  server: ServerProcess,
  work: () => Promise<T>,
): Promise<{ value: T; peakRssMb: number }> {
  const counted = server.pid !== undefined && resetPeak(server.pid);
  let peak = await server.rss();
  // One RSS question at a time: a busy server answers late, and unanswered questions would pile up.
  let asking = false;
  const sampler = setInterval(() => {
    if (asking) return;
    asking = true;
    server
      .rss()
      .then(
        (rss) => (peak = Math.max(peak, rss)),
        () => {},
      )
      .finally(() => (asking = false));
  }, 250);
  try {
    const value = await work();
    peak = Math.max(peak, await server.rss(), (counted && treePeak(server.pid!)) || 0);
    return { value, peakRssMb: peak / MB };
  } finally {
    clearInterval(sampler);
  }
}

/** Checks the target answers 200 with JSON before loading it, so a broken set-up is not benchmarked. */
export async function assertAnswers(server: ServerProcess): Promise<unknown> {
  const { url, path, headers } = server.ready;
  const res = await fetch(`${url}${path}`, { headers });
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** A request to load a server with: GET unless `method` says otherwise. */
export interface LoadRequest {
  path: string;
  headers: Record<string, string>;
  method?: 'GET' | 'POST';
  body?: string;
}

/**
 * Warms the target up, then loads it for `duration` seconds with `connections` connections; `request` overrides
 * the path and headers the server announced.
 */
export async function runLoad(
  server: ServerProcess,
  opts: { duration: number; warmup: number; connections: number },
  request: LoadRequest = server.ready,
): Promise<LoadResult> {
  const { url } = server.ready;
  const { path, headers, method = 'GET', body } = request;
  const target = { url: `${url}${path}`, method, headers, body, connections: opts.connections, timeout: 10 };
  if (opts.warmup > 0) await autocannon({ ...target, duration: opts.warmup });
  const idleRss = await server.rss();
  const { value: r, peakRssMb } = await withPeakRss(server, () =>
    autocannon({ ...target, duration: opts.duration }),
  );
  return {
    p50Ms: r.latency.p50,
    p975Ms: r.latency.p97_5,
    p99Ms: r.latency.p99,
    avgMs: r.latency.average,
    requestsPerSec: r.requests.average,
    totalRequests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    idleRssMb: idleRss / MB,
    peakRssMb,
  };
}
