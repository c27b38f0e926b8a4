// Server process (b): the real OpenAIMS app on fresh storage (PGlite in a temp dir, or DATABASE_URL), seeded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { configuredBlobStore, createApp, openConfiguredDatabase, parseEnv } from '@openaims/server';
import pino from 'pino';
import { seedOrganization } from '../seed.ts';
import { sendToParent, serveParent } from './ipc.ts';
import { listenOnLoopback } from './listen.ts';

const systems = Number(process.env.BENCH_SYSTEMS ?? '1000');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-bench-'));
try {
  const env = parseEnv({ ...process.env, AIMS_DATA_DIR: dataDir });
  const database = await openConfiguredDatabase(env);
  await database.migrate();
  const seeded = await seedOrganization(database, systems, (done) =>
    process.stderr.write(`  seeded ${done}/${systems} AI systems\n`),
  );
  // Production logging (one JSON line per request) stays on: its cost is part of what is measured.
  const log = pino({ level: env.AIMS_LOG_LEVEL, base: { app: 'openaims' } });
  const { app } = createApp({ database, env, log, blobs: configuredBlobStore(env) });
  const server = await listenOnLoopback(app.fetch);
  serveParent(async () => {
    await server.close();
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  sendToParent({
    type: 'ready',
    url: server.url,
    path: `/api/v1/orgs/${seeded.orgId}/ai-systems?limit=50`,
    headers: { authorization: `Bearer ${seeded.token}` },
    info: {
      engine: database.engine,
      systems: seeded.systems,
      seedSeconds: Number(seeded.seedSeconds.toFixed(1)),
      logLevel: env.AIMS_LOG_LEVEL,
    },
  });
} catch (e) {
  sendToParent({ type: 'failed', message: (e as Error).stack ?? String(e) });
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
}
