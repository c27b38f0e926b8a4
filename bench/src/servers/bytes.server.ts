// Baseline for scenarios (issue 17): bare Hono serving the very bytes OpenAIMS answered. BENCH_BYTES_FILE names a
// JSON map `{ "<path?query>": { "file", "contentType", "method"?, "status"? } }` (GET and 200 unless said); each
// body is read once into memory. A POST's request body is read before answering, as any server must.
import fs from 'node:fs';
import { type Context, Hono } from 'hono';
import { sendToParent, serveParent } from './ipc.ts';
import { listenOnLoopback } from './listen.ts';

/** One answer of the map file. */
export interface BytesEntry {
  file: string;
  contentType: string;
  method?: 'GET' | 'POST';
  status?: 200 | 201;
}

const map = JSON.parse(fs.readFileSync(process.env.BENCH_BYTES_FILE ?? '', 'utf8')) as Record<
  string,
  BytesEntry
>;
const bodies = new Map(
  Object.entries(map).map(([key, v]) => [
    key,
    { ...v, method: v.method ?? 'GET', status: v.status ?? 200, bytes: fs.readFileSync(v.file) },
  ]),
);

/** The mapped answer to this request's method and path, or 404. */
function answer(c: Context, method: 'GET' | 'POST'): Response {
  const u = new URL(c.req.url);
  const body = bodies.get(`${u.pathname}${u.search}`);
  if (!body || body.method !== method) return c.text('not in the baseline map', 404);
  return c.body(body.bytes, body.status, { 'content-type': body.contentType });
}

const app = new Hono();
app.get('*', (c) => answer(c, 'GET'));
app.post('*', async (c) => {
  await c.req.arrayBuffer();
  return answer(c, 'POST');
});

const server = await listenOnLoopback(app.fetch);
serveParent(server.close);
sendToParent({ type: 'ready', url: server.url, path: [...bodies.keys()][0] ?? '/', headers: {}, info: {} });
