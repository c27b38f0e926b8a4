// `npm start` / `aims serve`: run the server until SIGINT or SIGTERM.
import { parseEnv } from './env.ts';
import { openConfiguredDatabase } from './storage.ts';

/** Runs the server in this process and stops it gracefully on a signal. */
export async function main(): Promise<void> {
  let env: ReturnType<typeof parseEnv>;
  try {
    env = parseEnv();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  try {
    // Storage opens while the rest of the server loads (issue 17: cold start): PGlite reads and compiles its
    // WebAssembly and pg connects without needing the routes, and the bundle evaluates server.ts only at this import.
    const opening = openConfiguredDatabase(env);
    opening.catch(() => {}); // startServer awaits it; this only keeps an early failure from counting as unhandled
    const { startServer } = await import('./server.ts');
    const running = await startServer(env, opening);
    console.log(`OpenAIMS is running at ${running.url}`);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        running.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      });
    }
  } catch (e) {
    console.error(`OpenAIMS could not start: ${(e as Error).message}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
