// Transparency (A.6.2.7, A.8.2, A.8.5; EU AI Act Art. 13, 50) and the concern channel (A.3.3, A.8.3). Members read
// and edit each AI system's transparency record and triage concerns; the public routes (no sign-in) show a
// published page, take a report, and let its reporter follow it with the code. Public answers carry no ids.
import { createRoute, z } from '@hono/zod-openapi';
import {
  ConcernListQuerySchema,
  ConcernMessageInputSchema,
  ConcernReceiptSchema,
  ConcernSchema,
  ConvertConcernSchema,
  PublicConcernSchema,
  PublicTransparencySchema,
  SubmitConcernSchema,
  TransparencyRecordSchema,
  UpdateConcernSchema,
  UpdateTransparencySchema,
} from '@openaims/core';
import {
  addReporterMessage,
  answerConcern,
  convertConcern,
  getConcern,
  getConcernByCode,
  getPublicOrganization,
  getPublicTransparency,
  getTransparency,
  listConcerns,
  submitConcern,
  updateConcern,
  updateTransparency,
} from '@openaims/services';
import { clientAddress } from '../http/client-address.ts';
import {
  errorResponses,
  errorsOf,
  IfMatchHeader,
  json,
  jsonBody,
  OrgIdParams,
  OrgParams,
  parseIfMatch,
  pathParam,
} from '../http/openapi-helpers.ts';
import { resourceRoutes, sendEntity } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const CodeParams = z.object({
  followUpCode: pathParam('followUpCode', 100),
});

/** What the public concern form needs: the organization's name and its published systems. */
const PublicOrganizationSchema = z.object({
  organizationName: z.string(),
  systems: z.array(z.object({ id: z.string(), name: z.string() })),
});

const publicErrors = errorsOf(400, 404, 422);

export function transparencyRoutes(route: RouteFn): void {
  const tags = ['transparency'];
  route(
    { scope: 'org', permission: 'transparency:read' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/ai-systems/{id}/transparency',
      tags,
      summary: 'The AI system’s transparency record (drafted from the inventory entry on first read)',
      request: { params: OrgIdParams },
      responses: { 200: json(TransparencyRecordSchema), ...errorResponses },
    }),
    async (c) => sendEntity(c, await getTransparency(c.get('org'), c.req.valid('param').id), 200),
    { resource: 'ai_system' },
  );

  route(
    { scope: 'org', permission: 'transparency:update' },
    createRoute({
      method: 'put',
      path: '/api/v1/orgs/{orgId}/ai-systems/{id}/transparency',
      tags,
      summary:
        'Edit the transparency record; `published` and `publicFields` need transparency:publish (leads)',
      description: 'Fields left out stay as they are. Send If-Match to guard against lost updates.',
      request: { params: OrgIdParams, headers: IfMatchHeader, body: jsonBody(UpdateTransparencySchema) },
      responses: { 200: json(TransparencyRecordSchema), ...errorResponses },
    }),
    async (c) =>
      sendEntity(
        c,
        await updateTransparency(
          c.get('org'),
          c.req.valid('param').id,
          c.req.valid('json'),
          parseIfMatch(c.req.header('if-match')),
        ),
        200,
      ),
    { resource: 'ai_system' },
  );

  route(
    { scope: 'public' },
    createRoute({
      method: 'get',
      path: '/api/v1/public/orgs/{orgId}/ai-systems/{id}/transparency',
      tags: ['public'],
      summary: 'Public transparency page of an AI system (no sign-in); 404 unless published',
      request: { params: OrgIdParams },
      responses: { 200: json(PublicTransparencySchema), ...publicErrors },
    }),
    async (c) => {
      const { orgId, id } = c.req.valid('param');
      return c.json(await getPublicTransparency(c.get('deps').database.db, orgId, id), 200);
    },
    { resource: 'ai_system' },
  );

  route(
    { scope: 'public' },
    createRoute({
      method: 'get',
      path: '/api/v1/public/orgs/{orgId}',
      tags: ['public'],
      summary: 'The organization’s name and published AI systems, for the public concern form (no sign-in)',
      request: { params: OrgParams },
      responses: { 200: json(PublicOrganizationSchema), ...publicErrors },
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      return c.json(await getPublicOrganization(c.get('deps').database.db, orgId), 200);
    },
  );

  concernRoutes(route);
}

function concernRoutes(route: RouteFn): void {
  const tags = ['concerns'];
  const concernOperation = resourceRoutes(route, {
    path: 'concerns',
    resource: 'concern',
    label: 'concern',
    tags,
    entity: ConcernSchema,
    list: {
      permission: 'concern:read',
      summary: 'Concerns and adverse-impact reports (the reporter’s identity for leads only)',
      query: ConcernListQuerySchema,
      run: listConcerns,
    },
    get: { permission: 'concern:read', run: getConcern },
    update: { permission: 'concern:update', body: UpdateConcernSchema, run: updateConcern },
  });

  concernOperation({
    permission: 'concern:answer',
    method: 'post',
    verb: 'answer',
    summary: 'Answer the reporter (they read it with their follow-up code)',
    input: { body: ConcernMessageInputSchema },
    response: ConcernSchema,
    run: answerConcern,
  });

  concernOperation({
    permission: 'concern:convert',
    method: 'post',
    verb: 'convert',
    summary: 'Turn the concern into an incident (A.8.4) or a nonconformity (§10.2), once',
    input: { body: ConvertConcernSchema },
    response: ConcernSchema,
    run: convertConcern,
  });

  route(
    { scope: 'public' },
    createRoute({
      method: 'post',
      path: '/api/v1/public/orgs/{orgId}/concerns',
      tags: ['public'],
      summary: 'Report a concern or an adverse impact (no sign-in; anonymous allowed; rate-limited)',
      description:
        'Answers the follow-up code once; keep it to read answers and add information. Name and email are optional and shown to the organization’s leads only.',
      request: { params: OrgParams, body: jsonBody(SubmitConcernSchema) },
      responses: {
        201: json(ConcernReceiptSchema, 'Received'),
        ...publicErrors,
        429: errorResponses[429],
      },
    }),
    async (c) => {
      const receipt = await submitConcern(
        c.get('deps').database.db,
        c.req.valid('param').orgId,
        c.req.valid('json'),
        { address: clientAddress(c) },
      );
      c.header('Cache-Control', 'no-store');
      return c.json(receipt, 201);
    },
  );

  route(
    { scope: 'public' },
    createRoute({
      method: 'get',
      path: '/api/v1/public/concerns/{followUpCode}',
      tags: ['public'],
      summary: 'Follow a report with its code: status and messages (no sign-in)',
      request: { params: CodeParams },
      responses: { 200: json(PublicConcernSchema), ...publicErrors },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(
        await getConcernByCode(c.get('deps').database.db, c.req.valid('param').followUpCode),
        200,
      );
    },
  );

  route(
    { scope: 'public' },
    createRoute({
      method: 'post',
      path: '/api/v1/public/concerns/{followUpCode}/messages',
      tags: ['public'],
      summary: 'Add information to a report with its code (no sign-in; rate-limited)',
      request: { params: CodeParams, body: jsonBody(ConcernMessageInputSchema) },
      responses: { 201: json(PublicConcernSchema), ...publicErrors, 429: errorResponses[429] },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(
        await addReporterMessage(
          c.get('deps').database.db,
          c.req.valid('param').followUpCode,
          c.req.valid('json'),
          { address: clientAddress(c) },
        ),
        201,
      );
    },
  );
}
