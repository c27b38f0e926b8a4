// Command-line options of `npm run bench`, validated (every run is bounded in time).
import { parseArgs } from 'node:util';
import { z } from 'zod';

/** Scenario names of the benchmark contract (issue 17). */
export const SCENARIOS = [
  'list-ai-systems',
  'ai-system',
  'list-risks',
  'list-risks-500',
  'risk-register',
  'dashboard',
  'readiness',
  'soa',
  'soa-xlsx',
  'ledger-page',
  'write',
  'ledger-verify',
  'ledger-verify-checkpoint',
  'audit-pack',
  'backup',
  'cold-start',
] as const;
/** One scenario name. */
export type ScenarioName = (typeof SCENARIOS)[number];

const OptionsSchema = z.object({
  systems: z.coerce.number().int().min(50).max(100_000),
  duration: z.coerce.number().int().min(1).max(300).optional(),
  warmup: z.coerce.number().int().min(0).max(60).optional(),
  connections: z.coerce.number().int().min(1).max(1000),
  scenario: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').map((n) => n.trim()) : []))
    .pipe(z.array(z.enum(SCENARIOS))),
  size: z.enum(['small', 'large']),
  processes: z.coerce.number().int().min(1).max(16),
  json: z.boolean(),
});

/**
 * How a run is shaped: AI systems seeded (default run), seconds of load per target, warm-up seconds, concurrent
 * connections; with scenarios, which ones on which generated dataset size, and whether to print JSON.
 */
export type BenchOptions = Omit<z.infer<typeof OptionsSchema>, 'scenario' | 'duration' | 'warmup'> & {
  scenarios: ScenarioName[];
  duration: number;
  warmup: number;
};

const USAGE = `usage: npm run bench -- [--systems N=1000] [--duration SECONDS=10] [--warmup SECONDS=2] [--connections N=10]
       npm run bench -- --scenario NAME[,NAME…] --size small|large [--json] [--duration SECONDS=5] [--warmup SECONDS=2] [--connections N=10] [--processes N=1]
Scenarios (on the dataset of npm run bench:generate -- --size S): ${SCENARIOS.join(', ')}.
Set DATABASE_URL=postgres://… to benchmark PostgreSQL (default run: a temporary database is created and dropped;
scenarios: the generated database aims_bench_<size>, or BENCH_PG_DATABASE). --processes N serves the scenarios from
N server processes sharing one loopback port (Node cluster; PostgreSQL only).`;

/** Parses argv (without node and script); prints usage and exits 2 on a bad value. */
export function parseOptions(argv: string[]): BenchOptions {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        systems: { type: 'string', default: '1000' },
        duration: { type: 'string' },
        warmup: { type: 'string' },
        connections: { type: 'string', default: '10' },
        scenario: { type: 'string' },
        size: { type: 'string', default: 'small' },
        processes: { type: 'string', default: '1' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const { scenario, duration, warmup, ...rest } = OptionsSchema.parse(values);
    // Scenarios run several targets each, so their default duration is shorter than the single default run's.
    return {
      ...rest,
      scenarios: scenario,
      duration: duration ?? (scenario.length ? 5 : 10),
      warmup: warmup ?? 2,
    };
  } catch (e) {
    console.error(
      `error: ${e instanceof z.ZodError ? e.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ') : (e as Error).message}`,
    );
    console.error(USAGE);
    process.exit(2);
  }
}
