// Command-line options of `npm run bench`, validated (every run is bounded in time).
import { parseArgs } from 'node:util';
import { z } from 'zod';

const OptionsSchema = z.object({
  systems: z.coerce.number().int().min(50).max(100_000),
  duration: z.coerce.number().int().min(1).max(300),
  warmup: z.coerce.number().int().min(0).max(60),
  connections: z.coerce.number().int().min(1).max(1000),
});

/** How a run is shaped: AI systems seeded, seconds of load per target, warm-up seconds, concurrent connections. */
export type BenchOptions = z.infer<typeof OptionsSchema>;

const USAGE = `usage: npm run bench -- [--systems N=1000] [--duration SECONDS=10] [--warmup SECONDS=2] [--connections N=10]
Set DATABASE_URL=postgres://… to benchmark PostgreSQL (a temporary database is created and dropped).`;

/** Parses argv (without node and script); prints usage and exits 2 on a bad value. */
export function parseOptions(argv: string[]): BenchOptions {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        systems: { type: 'string', default: '1000' },
        duration: { type: 'string', default: '10' },
        warmup: { type: 'string', default: '2' },
        connections: { type: 'string', default: '10' },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    return OptionsSchema.parse(values);
  } catch (e) {
    console.error(
      `error: ${e instanceof z.ZodError ? e.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ') : (e as Error).message}`,
    );
    console.error(USAGE);
    process.exit(2);
  }
}
