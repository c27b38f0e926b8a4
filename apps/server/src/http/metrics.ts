// Prometheus metrics: request counts and latency by matched route (never the raw path, to bound cardinality).
import type { MiddlewareHandler } from 'hono';
import { Counter, collectDefaultMetrics, Histogram, type Registry } from 'prom-client';
import type { AppEnv } from './types.ts';

/** The instruments the HTTP layer records into. */
export function newMetrics(registry: Registry) {
  collectDefaultMetrics({ register: registry, prefix: 'aims_' });
  return {
    requests: new Counter({
      name: 'aims_http_requests_total',
      help: 'HTTP requests by method, route and status',
      labelNames: ['method', 'route', 'status'] as const,
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'aims_http_request_duration_seconds',
      help: 'HTTP request latency by method and route',
      labelNames: ['method', 'route'] as const,
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
  };
}

/**
 * The level of a request's log line: static files of the web app (scripts, styles, fonts, images) at `debug`, so
 * they do not drown the API requests an operator reads; anything that failed stays at `info`.
 */
export function requestLogLevel(method: string, path: string, status: number): 'debug' | 'info' {
  const read = method === 'GET' || method === 'HEAD';
  const asset = path.startsWith('/assets/') || (!path.startsWith('/api/') && /\.[a-z0-9]{1,12}$/i.test(path));
  return read && asset && status < 400 ? 'debug' : 'info';
}

/** Records every request and writes one JSON log line for it (static assets at debug level). */
export function metricsMiddleware(m: ReturnType<typeof newMetrics>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const seconds = (performance.now() - start) / 1000;
    const route = c.req.routePath && c.req.routePath !== '/*' ? c.req.routePath : 'other';
    m.requests.inc({ method: c.req.method, route, status: String(c.res.status) });
    m.duration.observe({ method: c.req.method, route }, seconds);
    const level = requestLogLevel(c.req.method, c.req.path, c.res.status);
    c.get('log')?.[level](
      { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(seconds * 1000) },
      'request',
    );
  };
}
