// `npm run bench -- --scenario NAME[,NAME…] --size small|large [--json]` (issue 17): the real server on a
// generated dataset, each HTTP scenario next to a bare-Hono baseline serving the same bytes in the same run. The
// one-offs (no HTTP load) are in one-offs.ts, the register walk in register-walk.ts.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServerProcess } from './child.ts';
import { datasetLocation, readDatasetInfo } from './dataset.ts';
import { fetchJson, get, measureRequest, type Req, type Target, withBaseline } from './http-scenario.ts';
import { isOneOff, type OneOffName, runOneOffs, writeToken } from './one-offs.ts';
import type { BenchOptions, ScenarioName } from './options.ts';
import { measureRegister } from './register-walk.ts';
import { type RowHead, round, type ScenarioResult } from './scenario-result.ts';

export { formatScenarioTable, type ScenarioResult } from './scenario-result.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** A risk as small as CreateRiskSchema allows: a title and the two ratings (the server scores it). */
const WRITE_BODY = JSON.stringify({ title: 'Bench write', likelihood: 2, consequence: 3 });

/** The scenarios that repeat one request (every HTTP scenario but `risk-register`). */
type RequestScenario = Exclude<ScenarioName, OneOffName | 'risk-register'>;

/** Each one-request scenario's request, built once the server runs; autocannon repeats it on both targets. */
const REQUESTS: Record<RequestScenario, (t: Target) => Req | Promise<Req>> = {
  'list-ai-systems': (t) => get(t, 'ai-systems?limit=50'),
  'ai-system': async (t) => {
    const page = await fetchJson<{ items: { id: string }[] }>(t.url, get(t, 'ai-systems?limit=1'));
    if (!page.items[0]) throw new Error('ai-system: the dataset has no AI system');
    return get(t, `ai-systems/${page.items[0].id}`);
  },
  'list-risks': (t) => get(t, 'risks?limit=50&sort=-inherentScore'),
  // A filter applied in SQL and a sort on another column than the default's; every generated risk is open, so
  // the page is full.
  'list-risks-500': (t) => get(t, 'risks?limit=500&status=open&sort=-updatedAt'),
  dashboard: (t) => get(t, 'dashboard'),
  readiness: (t) => get(t, 'readiness'),
  soa: (t) => get(t, 'soa'),
  'soa-xlsx': (t) => get(t, 'exports/soa.xlsx'),
  'ledger-page': (t) => get(t, 'ledger?limit=50'),
  // Every request creates a risk (and its ledger entry): the dataset grows with each run.
  write: (t) => {
    if (!t.writeAuth) throw new Error('write: no token that may write');
    return {
      method: 'POST',
      path: `${t.org}/risks`,
      headers: { ...t.writeAuth, 'content-type': 'application/json' },
      body: WRITE_BODY,
      status: 201,
    };
  },
};

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
  const head: RowHead = (name) => ({ name, engine: where.engine, size: options.size });
  const { processes } = options;
  const load = { duration: options.duration, warmup: options.warmup, connections: options.connections };

  // The one-offs and the write token come first: embedded PGlite allows one process per data directory.
  const oneOffs = options.scenarios.filter(isOneOff);
  const results = await runOneOffs(oneOffs, { env, info, head, progress });
  // Writes run after the reads of the same run, so that these read the data as generated.
  const http = options.scenarios
    .filter((s): s is Exclude<ScenarioName, OneOffName> => !isOneOff(s))
    .sort((a, b) => Number(a === 'write') - Number(b === 'write'));
  if (http.length === 0) return results;
  const writeAuth = http.includes('write') ? { authorization: `Bearer ${await writeToken(env)}` } : undefined;

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
    const t: Target = {
      url: openaims.ready.url,
      org: `/api/v1/orgs/${info.orgId}`,
      auth: { authorization: `Bearer ${info.token}` },
      writeAuth,
    };
    for (const name of http) {
      // The same bytes, fetched once from OpenAIMS, for the baseline.
      const { answers, measure } =
        name === 'risk-register'
          ? await measureRegister(t, openaims, load)
          : await measureRequest(name, await REQUESTS[name](t), t, openaims, load);
      const bytes = [...answers.values()].reduce((n, a) => n + a.bytes.length, 0);
      progress(
        `${name}: ${answers.size} response(s), ${(bytes / 1024).toFixed(0)} kB; baseline then OpenAIMS, ${load.warmup} + ${load.duration} s each…`,
      );
      const m = await withBaseline(answers, measure);
      results.push({
        ...head(name),
        ...m,
        requestsPerSec: round(m.requestsPerSec),
        peakRssMb: round(m.peakRssMb),
        baselineRequestsPerSec: round(m.baselineRequestsPerSec),
        ratio: m.baselineRequestsPerSec > 0 ? round(m.requestsPerSec / m.baselineRequestsPerSec, 3) : null,
        processes,
      });
    }
  } finally {
    await openaims.stop();
  }
  return results;
}
