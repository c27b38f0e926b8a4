// Ad-hoc (issue 17): what one database read per request costs by itself. Bare Hono serves a given body at
// `/bytes` (the scenarios' same-bytes baseline) and at `/read` after one primary-key read of the organization's
// revision through the product's own `collectionRevision` (what a kept answer reads first). Load both, and the
// OpenAIMS answer the body came from, with autocannon to see how much of the gap the read alone explains:
//   node --import tsx bench/src/scale/read-floor.ts <body-file> <orgId> [port]   (DATABASE_URL or BENCH_DATA_DIR)
import fs from 'node:fs';
import { serve } from '@hono/node-server';
import { openDatabase } from '@openaims/db';
import { collectionRevision } from '@openaims/services';
import { Hono } from 'hono';

const [file, orgId, port = '4700'] = process.argv.slice(2);
if (!file || !orgId) throw new Error('usage: read-floor.ts <body-file> <orgId> [port]');
const body = fs.readFileSync(file);
const url = process.env.DATABASE_URL;
const database = url
  ? await openDatabase({ engine: 'postgres', url })
  : await openDatabase({ engine: 'pglite', dataDir: process.env.BENCH_DATA_DIR ?? 'bench/data/large' });
const json = { 'content-type': 'application/json' };
const app = new Hono();
app.get('/bytes', (c) => c.body(body, 200, json));
app.get('/read', async (c) => {
  await collectionRevision(database.db, orgId, 'records');
  return c.body(body, 200, json);
});
serve({ fetch: app.fetch, port: Number(port), hostname: '127.0.0.1' }, () =>
  console.error(`read-floor on http://127.0.0.1:${port} (${database.engine})`),
);
