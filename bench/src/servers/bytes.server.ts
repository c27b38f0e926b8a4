// Baseline for scenarios (issue 17): bare Hono serving the very bytes OpenAIMS answered. BENCH_BYTES_FILE names a
// JSON map `{ "<path?query>": { "file": "...", "contentType": "..." } }`; each body is read once into memory.
import fs from 'node:fs';
import { Hono } from 'hono';
import { sendToParent, serveParent } from './ipc.ts';
import { listenOnLoopback } from './listen.ts';

const map = JSON.parse(fs.readFileSync(process.env.BENCH_BYTES_FILE ?? '', 'utf8')) as Record<
  string,
  { file: string; contentType: string }
>;
const bodies = new Map(
  Object.entries(map).map(([key, v]) => [
    key,
    { bytes: fs.readFileSync(v.file), contentType: v.contentType },
  ]),
);

const app = new Hono();
app.get('*', (c) => {
  const u = new URL(c.req.url);
  const body = bodies.get(`${u.pathname}${u.search}`);
  if (!body) return c.text('not in the baseline map', 404);
  return c.body(body.bytes, 200, { 'content-type': body.contentType });
});

const server = await listenOnLoopback(app.fetch);
serveParent(server.close);
sendToParent({ type: 'ready', url: server.url, path: [...bodies.keys()][0] ?? '/', headers: {}, info: {} });
