// The demo organization (issue 16): a signed-in person loads one, as its owner, to explore the platform.
import { createRoute } from '@hono/zod-openapi';
import { CreateDemoOrganizationSchema, DemoOrganizationSchema } from '@openaims/core';
import { buildDemoOrganization } from '@openaims/services';
import { json, jsonBody } from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';
import { signedInErrors, signedInUser } from '../http/signed-in.ts';

export function demoRoutes(route: RouteFn): void {
  route(
    { scope: 'user' },
    createRoute({
      method: 'post',
      path: '/api/v1/demo-organizations',
      tags: ['orgs'],
      summary:
        'Create a demo organization, owned by the signed-in user, filled with AI systems, risks, an approved SoA and records of every module',
      request: { body: jsonBody(CreateDemoOrganizationSchema) },
      responses: {
        201: json(DemoOrganizationSchema, 'Created'),
        ...signedInErrors,
      },
    }),
    async (c) => {
      const user = signedInUser(c);
      const deps = c.get('deps');
      const { name } = c.req.valid('json');
      const demo = await buildDemoOrganization(deps.database.db, {
        name,
        ownerId: user.id,
        blobs: deps.blobs,
      });
      c.header('Location', `/api/v1/orgs/${demo.orgId}`);
      return c.json(demo, 201);
    },
  );
}
