// Starts the HTTP server on the configured storage, and stops it gracefully.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { Database } from '@openaims/db';
import {
  applyHeapGrowth,
  type BlobStore,
  discoverOidc,
  diskBlobStore,
  type JobPoller,
  loadApplicationDatesFile,
  newWorkerId,
  parseS3Url,
  runJobRound,
  s3BlobStore,
  startJobPoller,
} from '@openaims/services';
import pino, { type Logger } from 'pino';
import { configuredMailer, createApp } from './app.ts';
import type { Env } from './env.ts';
import type { OidcClient } from './routes/oidc.routes.ts';
import { openConfiguredDatabase } from './storage.ts';

/** Where `npm run build` puts the web app. */
export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/**
 * The evidence blob store: an S3-compatible bucket when AIMS_EVIDENCE_S3_URL is set (several servers share it),
 * else files on disk under `${AIMS_DATA_DIR}/evidence` (several servers on one PostgreSQL must share that folder).
 */
export function configuredBlobStore(env: Pick<Env, 'AIMS_DATA_DIR' | 'AIMS_EVIDENCE_S3_URL'>): BlobStore {
  if (env.AIMS_EVIDENCE_S3_URL) return s3BlobStore(parseS3Url(env.AIMS_EVIDENCE_S3_URL));
  return diskBlobStore(path.resolve(env.AIMS_DATA_DIR, 'evidence'));
}

/** AIMS_SECRET, else a random secret generated once into `${AIMS_DATA_DIR}/secret` (mode 0600). */
export async function serverSecret(env: Pick<Env, 'AIMS_SECRET' | 'AIMS_DATA_DIR'>): Promise<string> {
  if (env.AIMS_SECRET) return env.AIMS_SECRET;
  const file = path.resolve(env.AIMS_DATA_DIR, 'secret');
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const secret = (await readFile(file, 'utf8')).trim();
  if (secret.length < 32) throw new Error(`${file} holds no usable secret; delete it or set AIMS_SECRET.`);
  return secret;
}

/** The OIDC client the environment configures, discovered from its issuer; undefined when OIDC is off. */
export async function configuredOidc(env: Env): Promise<OidcClient | undefined> {
  const {
    AIMS_OIDC_ISSUER: issuer,
    AIMS_OIDC_CLIENT_ID: clientId,
    AIMS_OIDC_CLIENT_SECRET: clientSecret,
  } = env;
  if (!issuer || !clientId || !clientSecret) return undefined;
  // Plain HTTP is accepted only for a provider on this machine (development).
  const host = new URL(issuer).hostname;
  const allowInsecure = ['localhost', '127.0.0.1', '[::1]'].includes(host);
  const config = await discoverOidc({ issuer, clientId, clientSecret, allowInsecure }).catch((e: Error) => {
    const cause = e.cause instanceof Error && e.cause.message !== e.message ? ` (${e.cause.message})` : '';
    throw new Error(
      `OpenID Connect discovery at ${issuer} failed: ${e.message}${cause}. Check AIMS_OIDC_ISSUER and that the provider is reachable.`,
    );
  });
  return { config, scopes: env.AIMS_OIDC_SCOPES, secret: await serverSecret(env) };
}

/** How often a server scans for reminders (jobs are polled more often; the scan is idempotent but not free). */
const REMINDER_SCAN_MS = 10 * 60_000;

/**
 * Polls for due jobs every AIMS_JOBS_POLL_MS (ADR 0006); every process on one PostgreSQL may do so, since claims
 * skip locked rows. The reminder scan runs at most every ten minutes per process.
 */
function startJobs(
  env: Env,
  database: Database,
  blobs: BlobStore,
  mailer: ReturnType<typeof configuredMailer>,
  log: Logger,
): JobPoller | undefined {
  if (env.AIMS_JOBS_POLL_MS === 0) return undefined;
  const workerId = newWorkerId();
  let lastScan = 0;
  return startJobPoller({
    intervalMs: env.AIMS_JOBS_POLL_MS,
    round: async () => {
      const scan = Date.now() - lastScan >= REMINDER_SCAN_MS;
      if (scan) lastScan = Date.now();
      const out = await runJobRound(
        {
          db: database.db,
          mailer,
          publicUrl: env.AIMS_PUBLIC_URL,
          backup: env.AIMS_BACKUP_DIR
            ? { dir: env.AIMS_BACKUP_DIR, keep: env.AIMS_BACKUP_KEEP, database, blobs }
            : undefined,
        },
        {
          scan,
          workerId,
          max: 500,
          onError: (job, e) => log.warn({ job: job.id, type: job.type, err: e }, 'job attempt failed'),
        },
      );
      if (out.jobs.ids.length || out.scan?.reminders)
        log.info(
          { scan: out.scan, done: out.jobs.done, failed: out.jobs.failed, dead: out.jobs.dead },
          'jobs ran',
        );
    },
    onError: (e) => log.error({ err: e }, 'job round failed'),
  });
}

/** A running server and how to stop it. */
export interface RunningServer {
  url: string;
  log: Logger;
  stop(): Promise<void>;
}

/**
 * Opens storage (or takes `opening`, storage already being opened), migrates, and listens. On failure the storage
 * is closed again, so a PGlite data directory is not left locked.
 */
export async function startServer(env: Env, opening?: Promise<Database>): Promise<RunningServer> {
  applyHeapGrowth(env.AIMS_HEAP_GROWTH_PERCENT);
  const database = await (opening ?? openConfiguredDatabase(env));
  try {
    return await listenOn(env, database);
  } catch (e) {
    await database.close().catch(() => {});
    throw e;
  }
}

async function listenOn(env: Env, database: Database): Promise<RunningServer> {
  const log = pino({ level: env.AIMS_LOG_LEVEL, base: { app: 'openaims' } });
  if (env.AIMS_AI_ACT_DATES_FILE) {
    const table = loadApplicationDatesFile(env.AIMS_AI_ACT_DATES_FILE);
    log.info({ file: env.AIMS_AI_ACT_DATES_FILE, rows: table.length }, 'EU AI Act dates table loaded');
  }
  const oidc = await configuredOidc(env);
  await database.migrate();
  const mailer = configuredMailer(env);
  const blobs = configuredBlobStore(env);
  const { app } = createApp({
    database,
    env,
    log,
    blobs,
    webDir: WEB_DIST,
    oidc,
    mailer,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const url = `http://${env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST}:${port}`;
  log.info({ url, engine: database.engine, mail: !!mailer }, 'OpenAIMS is listening');
  const jobs = startJobs(env, database, blobs, mailer, log);
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
        await jobs?.stop();
        await database.close();
        log.info('OpenAIMS stopped');
      })();
      return stopping;
    },
  };
}
