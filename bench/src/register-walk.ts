// The `risk-register` scenario (issue 17): the whole register read page by page, 500 at a time, following
// nextCursor, by client loops that parse each page as a client would, on the same-bytes baseline then on OpenAIMS.
import type { ServerProcess } from './child.ts';
import {
  type Answer,
  fetchJson,
  fetchOnce,
  get,
  type HttpPlan,
  type Load,
  type Target,
} from './http-scenario.ts';
import { withPeakRss } from './load.ts';
import { percentile, round } from './scenario-result.ts';

/** The register's pages of 500, following nextCursor. */
function registerPage(org: string, cursor: string | null): string {
  const q = new URLSearchParams({ limit: '500' });
  if (cursor) q.set('cursor', cursor);
  return `${org}/risks?${q}`;
}

/** One full walk of the register; returns the number of risks read (checks every page answers 200). */
async function walkRegister(url: string, org: string, headers: Record<string, string>): Promise<number> {
  let cursor: string | null = null;
  let count = 0;
  do {
    const res = await fetch(`${url}${registerPage(org, cursor)}`, { headers });
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
  opts: Load,
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

/** `risk-register`: client loops walking every page, on the baseline then on OpenAIMS. */
export async function measureRegister(t: Target, openaims: ServerProcess, load: Load): Promise<HttpPlan> {
  const answers = new Map<string, Answer>();
  let cursor: string | null = null;
  do {
    const p = registerPage(t.org, cursor);
    const answer = await fetchOnce(t.url, { path: p, headers: t.auth });
    answers.set(p, answer);
    cursor = (JSON.parse(answer.bytes.toString('utf8')) as { nextCursor: string | null }).nextCursor;
  } while (cursor);
  // The register's own count rather than the generated one: the `write` scenario adds risks.
  const { total } = await fetchJson<{ total: number }>(t.url, get(t, 'risks/summary'));
  return {
    answers,
    measure: async (baseline) => {
      const risks = await walkRegister(t.url, t.org, t.auth);
      if (risks !== total)
        throw new Error(`the register walk read ${risks} risks, the register holds ${total}`);
      const b = await loopLoad(() => walkRegister(baseline.ready.url, t.org, {}), load);
      const o = await withPeakRss(openaims, () => loopLoad(() => walkRegister(t.url, t.org, t.auth), load));
      if (b.errors + o.value.errors > 0)
        throw new Error(`risk-register: ${b.errors + o.value.errors} walks failed`);
      return {
        requestsPerSec: o.value.requestsPerSec,
        p50Ms: round(o.value.p50Ms),
        p95Ms: round(o.value.p95Ms),
        p99Ms: round(o.value.p99Ms),
        peakRssMb: o.peakRssMb,
        baselineRequestsPerSec: b.requestsPerSec,
      };
    },
  };
}
