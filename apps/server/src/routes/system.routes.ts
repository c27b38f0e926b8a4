// Health, readiness and metrics for operators and load balancers.

import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '@openaims/core';
import type { Registry } from 'prom-client';
import { json, unavailableResponse } from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['system'];

export function systemRoutes(route: RouteFn, metrics: Registry): void {
  route(
    { scope: 'public' },
    createRoute({
      method: 'get',
      path: '/healthz',
      tags,
      summary: 'The process is up',
      responses: { 200: json(z.object({ ok: z.boolean() })) },
    }),
    (c) => c.json({ ok: true }, 200),
  );

  route(
    { scope: 'public' },
    createRoute({
      method: 'get',
      path: '/readyz',
      tags,
      summary: 'The database answers',
      responses: { 200: json(z.object({ ok: z.boolean(), engine: z.string() })), 503: unavailableResponse },
    }),
    async (c) => {
      const { database } = c.get('deps');
      await database.ping().catch(() => {
        throw new AppError('UNAVAILABLE', 'The database does not answer.');
      });
      return c.json({ ok: true, engine: database.engine }, 200);
    },
  );

  route(
    { scope: 'public' },
    createRoute({
      method: 'get',
      path: '/metrics',
      tags,
      summary: 'Prometheus metrics',
      responses: {
        200: { description: 'Prometheus text format', content: { 'text/plain': { schema: z.string() } } },
      },
    }),
    async (c) => c.text(await metrics.metrics(), 200, { 'content-type': metrics.contentType }),
  );
}
