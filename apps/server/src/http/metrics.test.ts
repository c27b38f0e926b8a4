// The request log: static files of the web app are logged at debug, API requests and failures at info.
import { Writable } from 'node:stream';
import { Hono } from 'hono';
import pino from 'pino';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { metricsMiddleware, newMetrics, requestLogLevel } from './metrics.ts';
import type { AppEnv } from './types.ts';

describe('request log level', () => {
  it('puts static assets at debug and keeps API requests and failures at info', () => {
    expect(requestLogLevel('GET', '/assets/index-abc123.js', 200)).toBe('debug');
    expect(requestLogLevel('GET', '/favicon.svg', 200)).toBe('debug');
    expect(requestLogLevel('HEAD', '/assets/app.css', 304)).toBe('debug');
    expect(requestLogLevel('GET', '/api/v1/orgs/org_1/risks', 200)).toBe('info');
    expect(requestLogLevel('GET', '/api/v1/orgs/org_1/exports/risks.pdf', 200)).toBe('info');
    expect(requestLogLevel('GET', '/orgs/org_1/risks', 200)).toBe('info');
    expect(requestLogLevel('GET', '/assets/missing.js', 404)).toBe('info');
    expect(requestLogLevel('POST', '/assets/x.js', 200)).toBe('info');
  });

  it('writes the lines at those levels through the middleware', async () => {
    const lines: { level: number; path: string }[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
        done();
      },
    });
    const log = pino({ level: 'info' }, sink);
    const app = new Hono<AppEnv>();
    app.use('*', async (c, next) => {
      c.set('log', log);
      await next();
    });
    app.use('*', metricsMiddleware(newMetrics(new Registry())));
    app.get('/assets/*', (c) => c.text('console.log(1)'));
    app.get('/api/v1/health', (c) => c.json({ ok: true }));
    for (let i = 0; i < 5; i++) await app.request('/assets/index-abc123.js');
    await app.request('/api/v1/health');
    await new Promise((r) => setImmediate(r));
    // At the default `info` level only the API request is written.
    expect(lines.map((l) => l.path)).toEqual(['/api/v1/health']);
  });
});
