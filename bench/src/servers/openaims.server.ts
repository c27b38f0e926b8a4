// Server process (b): the real OpenAIMS app on fresh storage (PGlite in a temp dir, or DATABASE_URL), seeded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openConfiguredDatabase, parseEnv } from '@openaims/server';
import { seedOrganization } from '../seed.ts';
import { serveApp } from './app-server.ts';
import { sendToParent } from './ipc.ts';

const systems = Number(process.env.BENCH_SYSTEMS ?? '1000');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-bench-'));
try {
  const env = parseEnv({ ...process.env, AIMS_DATA_DIR: dataDir });
  const database = await openConfiguredDatabase(env);
  await database.migrate();
  const seeded = await seedOrganization(database, systems, (done) =>
    process.stderr.write(`  seeded ${done}/${systems} AI systems\n`),
  );
  await serveApp(
    database,
    env,
    {
      path: `/api/v1/orgs/${seeded.orgId}/ai-systems?limit=50`,
      headers: { authorization: `Bearer ${seeded.token}` },
      info: {
        engine: database.engine,
        systems: seeded.systems,
        seedSeconds: Number(seeded.seedSeconds.toFixed(1)),
        logLevel: env.AIMS_LOG_LEVEL,
      },
    },
    () => fs.rmSync(dataDir, { recursive: true, force: true }),
  );
} catch (e) {
  sendToParent({ type: 'failed', message: (e as Error).stack ?? String(e) });
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
}
