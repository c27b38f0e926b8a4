// Ad-hoc: time N in-process list requests (no network) to see where a request's time goes.
import os from 'node:os';
import { join } from 'node:path';
import { testDatabase } from '@openaims/db/testing';
import { createApp, parseEnv } from '@openaims/server';
import { diskBlobStore } from '@openaims/services';
import pino from 'pino';
import { seedOrganization } from './seed.ts';

const database = await testDatabase();
const seeded = await seedOrganization(database, 1000, () => {});
const { app } = createApp({
  database,
  env: parseEnv({ AIMS_LOG_LEVEL: 'silent' }),
  log: pino({ level: 'silent' }),
  blobs: diskBlobStore(join(os.tmpdir(), 'aims-profile-evidence')),
});
const path = `http://127.0.0.1/api/v1/orgs/${seeded.orgId}/ai-systems?limit=50`;
const headers = { authorization: `Bearer ${seeded.token}` };
for (let i = 0; i < 200; i++) await app.request(path, { headers });
const n = 1000;
const t0 = performance.now();
for (let i = 0; i < n; i++) {
  const r = await app.request(path, { headers });
  if (r.status !== 200) throw new Error(String(r.status));
  await r.arrayBuffer();
}
console.log(`${database.engine}: ${((performance.now() - t0) / n).toFixed(2)} ms per request`);
const t1 = performance.now();
for (let i = 0; i < n; i++) await database.db.execute('select 1' as never);
console.log(`select 1: ${((performance.now() - t1) / n).toFixed(3)} ms`);
await database.close();
