// Starts the HTTP server on the configured storage, and stops it gracefully.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { openDatabase, type Database } from '@openaims/db';
import pino, { type Logger } from 'pino';
import { createApp } from './app.ts';
import type { Env } from './env.ts';

/** Where `npm run build` puts the web app. */
export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Opens the database the environment names: PostgreSQL when DATABASE_URL is set, else PGlite in AIMS_DATA_DIR. */
export function openConfiguredDatabase(env: Pick<Env, 'DATABASE_URL' | 'AIMS_DATA_DIR'>): Promise<Database> {
  return env.DATABASE_URL
    ? openDatabase({ engine: 'postgres', url: env.DATABASE_URL })
    : openDatabase({ engine: 'pglite', dataDir: path.resolve(env.AIMS_DATA_DIR) });
}

/** A running server and how to stop it. */
export interface RunningServer {
  url: string;
  log: Logger;
  stop(): Promise<void>;
}

/** Opens storage, migrates, and listens. */
export async function startServer(env: Env): Promise<RunningServer> {
  const log = pino({ level: env.AIMS_LOG_LEVEL, base: { app: 'openaims' } });
  const database = await openConfiguredDatabase(env);
  await database.migrate();
  const { app } = createApp({ database, env, log, webDir: WEB_DIST });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const url = `http://${env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST}:${port}`;
  log.info({ url, engine: database.engine }, 'OpenAIMS is listening');
  let stopping: Promise<void> | undefined;
  return {
    url,
    log,
    stop() {
      stopping ??= (async () => {
        // Stop accepting, let in-flight requests finish (bounded), then close storage.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
            resolve();
          }, 10_000);
          server.close(() => {
            clearTimeout(timer);
            resolve();
          });
          (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
        });
        await database.close();
        log.info('OpenAIMS stopped');
      })();
      return stopping;
    },
  };
}
