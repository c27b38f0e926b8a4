// Server process for scenarios (issue 17): the real OpenAIMS app on a generated dataset — PGlite in
// BENCH_DATA_DIR, or DATABASE_URL (the aims_bench_<size> database). Nothing is seeded here.
import { configuredBlobStore, createApp, openConfiguredDatabase, parseEnv } from '@openaims/server';
import pino from 'pino';
import { sendToParent, serveParent } from './ipc.ts';
import { listenOnLoopback } from './listen.ts';

try {
  const env = parseEnv({ ...process.env, AIMS_DATA_DIR: process.env.BENCH_DATA_DIR ?? 'data' });
  const database = await openConfiguredDatabase(env);
  await database.migrate();
  // Production logging (one JSON line per request) stays on: its cost is part of what is measured.
  const log = pino({ level: env.AIMS_LOG_LEVEL, base: { app: 'openaims' } });
  const { app } = createApp({ database, env, log, blobs: configuredBlobStore(env) });
  const server = await listenOnLoopback(app.fetch);
  serveParent(async () => {
    await server.close();
    await database.close();
  });
  sendToParent({
    type: 'ready',
    url: server.url,
    path: '/healthz',
    headers: {},
    info: { engine: database.engine, logLevel: env.AIMS_LOG_LEVEL },
  });
} catch (e) {
  sendToParent({ type: 'failed', message: (e as Error).stack ?? String(e) });
  process.exit(1);
}
