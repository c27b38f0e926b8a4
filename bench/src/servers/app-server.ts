// What both app server processes do once their storage is ready: serve the real OpenAIMS app on loopback with
// production logging, answer the parent (RSS, stop), and tell it what to load.
import type { Database } from '@openaims/db';
import { applyHeapGrowth, configuredBlobStore, createApp, type Env } from '@openaims/server';
import pino from 'pino';
import { type ReadyMessage, sendToParent, serveParent } from './ipc.ts';
import { listenOnLoopback } from './listen.ts';

/** Serves the app on `database`; `stopped` runs after the server and storage have closed. */
export async function serveApp(
  database: Database,
  env: Env,
  ready: Omit<ReadyMessage, 'type' | 'url'>,
  stopped: () => void = () => {},
): Promise<void> {
  applyHeapGrowth(env.AIMS_HEAP_GROWTH_PERCENT); // as startServer does
  // Production logging (one JSON line per request) stays on: its cost is part of what is measured.
  const log = pino({ level: env.AIMS_LOG_LEVEL, base: { app: 'openaims' } });
  const { app } = createApp({ database, env, log, blobs: configuredBlobStore(env) });
  const server = await listenOnLoopback(app.fetch);
  serveParent(async () => {
    await server.close();
    await database.close();
    stopped();
  });
  sendToParent({ type: 'ready', url: server.url, ...ready });
}
