// Server process for scenarios (issue 17): the real OpenAIMS app on a generated dataset — PGlite in
// BENCH_DATA_DIR, or DATABASE_URL (the aims_bench_<size> database). Nothing is seeded here.
import { openConfiguredDatabase, parseEnv } from '@openaims/server';
import { serveApp } from './app-server.ts';
import { sendToParent } from './ipc.ts';

try {
  const env = parseEnv({ ...process.env, AIMS_DATA_DIR: process.env.BENCH_DATA_DIR ?? 'data' });
  const database = await openConfiguredDatabase(env);
  await database.migrate();
  await serveApp(database, env, {
    path: '/healthz',
    headers: {},
    info: { engine: database.engine, logLevel: env.AIMS_LOG_LEVEL },
  });
} catch (e) {
  sendToParent({ type: 'failed', message: (e as Error).stack ?? String(e) });
  process.exit(1);
}
