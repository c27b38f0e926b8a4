// Server process (a): a bare Hono app answering a small fixed JSON, the floor OpenAIMS is compared to.
import { Hono } from 'hono';
import { sendToParent, serveParent } from './ipc.ts';
import { listenOnLoopback } from './listen.ts';

const BODY = {
  items: [{ id: 'ais_baseline', name: 'Baseline system', lifecycleStage: 'operation_monitoring' }],
  nextCursor: null,
};

const app = new Hono();
app.get('/api/v1/orgs/:orgId/ai-systems', (c) => c.json(BODY));

const server = await listenOnLoopback(app.fetch);
serveParent(server.close);
sendToParent({
  type: 'ready',
  url: server.url,
  path: '/api/v1/orgs/org_baseline/ai-systems?limit=50',
  headers: {},
  info: {},
});
