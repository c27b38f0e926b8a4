// `npm run bench`: a bare-Hono baseline and OpenAIMS's authenticated AI-system list under the same load on
// loopback, printed side by side as a ratio (DESIGN §8). Bounded: warm-up + duration per target.
// With `--scenario NAME[,NAME…] --size S [--json]`: the scenarios of issue 17 on a generated dataset (scenarios.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ServerProcess, startServerProcess } from './child.ts';
import { assertAnswers, runLoad } from './load.ts';
import { parseOptions } from './options.ts';
import { createBenchDatabase } from './postgres-db.ts';
import { type BenchReport, formatTable, machine, ratios, writeReport } from './report.ts';
import { formatScenarioTable, runScenarios } from './scenarios.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const RESULTS_DIR = path.resolve(here, '../results');

const options = parseOptions(process.argv.slice(2));
if (options.scenarios.length > 0) process.exitCode = await scenarioRun();
else process.exitCode = await defaultRun();

/** The scenarios: one JSON object with `--json` (the only thing on stdout), else a table; progress on stderr. */
async function scenarioRun(): Promise<number> {
  try {
    const rows = await runScenarios(options, (line) => console.error(line));
    if (options.json) console.log(JSON.stringify({ scenarios: rows }));
    else {
      const m = machine();
      console.log(`\n${formatScenarioTable(rows)}\n`);
      console.log(
        `${m.cores} cores, ${m.cpuModel}, Node ${m.node}; ${options.connections} connections, ${options.warmup} + ${options.duration} s per target; ratio = OpenAIMS req/s ÷ bare Hono serving the same bytes (cold-start: a bare Node server's start p50 ÷ OpenAIMS's)`,
      );
    }
    return 0;
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    return 1;
  }
}

/** Today's default run: the AI-system list next to a trivial bare-Hono answer, on freshly seeded storage. */
async function defaultRun(): Promise<number> {
  const startedAt = new Date().toISOString();
  const adminUrl = process.env.DATABASE_URL || undefined;
  const pgDb = adminUrl ? await createBenchDatabase(adminUrl) : undefined;
  const started: ServerProcess[] = [];
  let failed = false;
  try {
    const baseEnv = { ...process.env, DATABASE_URL: pgDb?.url ?? '' };
    console.error(
      `starting the bare-Hono baseline and OpenAIMS (${pgDb ? 'PostgreSQL' : 'PGlite'}, ${options.systems} AI systems)…`,
    );
    const baseline = await startServerProcess(path.join(here, 'servers/baseline.server.ts'), baseEnv, 30_000);
    started.push(baseline);
    // Seeding goes through the services, one transaction per system: allow ~20 ms each plus start-up.
    const openaims = await startServerProcess(
      path.join(here, 'servers/openaims.server.ts'),
      { ...baseEnv, BENCH_SYSTEMS: String(options.systems) },
      60_000 + options.systems * 20,
    );
    started.push(openaims);
    const page = (await assertAnswers(openaims)) as { items: unknown[] };
    if (page.items.length !== Math.min(50, options.systems))
      throw new Error(`expected a page of 50 AI systems, got ${page.items.length}`);
    await assertAnswers(baseline);

    const load = { duration: options.duration, warmup: options.warmup, connections: options.connections };
    console.error(`loading the baseline for ${options.warmup} + ${options.duration} s…`);
    const baselineResult = await runLoad(baseline, load);
    console.error(`loading OpenAIMS for ${options.warmup} + ${options.duration} s…`);
    const openaimsResult = await runLoad(openaims, load);

    const report: BenchReport = {
      startedAt,
      machine: machine(),
      options,
      target: {
        endpoint: 'GET /api/v1/orgs/{orgId}/ai-systems?limit=50 (Bearer token, viewer)',
        engine: 'unknown',
        ...openaims.ready.info,
      },
      baseline: baselineResult,
      openaims: openaimsResult,
      ratio: ratios(baselineResult, openaimsResult),
    };
    console.log(`\n${formatTable(report)}\n`);
    console.log(
      `${report.machine.cores} cores, ${report.machine.cpuModel}, Node ${report.machine.node}; ${options.connections} connections, ${options.duration} s each`,
    );
    console.log(`results written to ${path.relative(process.cwd(), writeReport(RESULTS_DIR, report))}`);
    if (baselineResult.non2xx + baselineResult.errors + openaimsResult.non2xx + openaimsResult.errors > 0) {
      console.error('warning: some requests failed; the numbers above are not comparable');
      failed = true;
    }
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    failed = true;
  } finally {
    await Promise.allSettled(started.map((s) => s.stop()));
    await pgDb
      ?.drop()
      .catch((e: Error) => console.error(`could not drop the benchmark database: ${e.message}`));
  }
  return failed ? 1 : 0;
}
