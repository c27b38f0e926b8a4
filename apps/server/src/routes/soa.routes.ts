// Statement of Applicability (§6.1.3): entries addressed by control ref, versions, approval and diff.

import { createRoute, z } from '@hono/zod-openapi';
import {
  DecideRemainingSoaSchema,
  pageSchema,
  SoaChangeSchema,
  SoaDiffQuerySchema,
  SoaEntrySchema,
  SoaFilterSchema,
  SoaLinkSchema,
  SoaLinksQuerySchema,
  SoaStateSchema,
  SoaVersionSchema,
  SubmitSoaSchema,
  UpdateSoaEntrySchema,
} from '@openaims/core';
import {
  approveSoaVersion,
  decideRemainingSoaEntries,
  diffSoa,
  getSoaEntry,
  getSoaState,
  getSoaVersion,
  getSoaVersionContent,
  listSoaEntrySummaries,
  listSoaLinks,
  listSoaVersions,
  soaRevision,
  submitSoa,
  updateSoaEntry,
} from '@openaims/services';
import {
  errorResponses,
  json,
  ListQuery,
  OrgIdParams,
  OrgParams,
  pathParam,
} from '../http/openapi-helpers.ts';
import { orgOperations } from '../http/org-operations.ts';
import { entityRoutes, keyedRecordRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';
import { sendFile } from '../http/send-file.ts';

const tags = ['soa'];
const base = '/api/v1/orgs/{orgId}';
const ControlParams = OrgParams.extend({
  controlRef: pathParam('controlRef', 16, { example: 'A.6.2.4' }),
});

export function soaRoutes(route: RouteFn): void {
  const orgOperation = orgOperations(route, tags);
  orgOperation({
    permission: 'soa:read',
    method: 'get',
    path: 'soa',
    summary:
      'The Statement of Applicability: one entry per Annex A control, with link counts and the first 5 linked ids of each kind',
    input: { query: ListQuery.omit({ sort: true }).extend(SoaFilterSchema.shape) },
    response: pageSchema(SoaEntrySchema),
    run: listSoaEntrySummaries,
    revision: soaRevision,
  });

  route(
    { scope: 'org', permission: 'soa:read' },
    createRoute({
      method: 'get',
      path: `${base}/soa/{controlRef}/links`,
      tags,
      summary:
        'Every risk, evidence record and document linked to a control, a page at a time (type, then id)',
      request: { params: ControlParams, query: SoaLinksQuerySchema },
      responses: { 200: json(pageSchema(SoaLinkSchema)), ...errorResponses },
    }),
    async (c) =>
      c.json(await listSoaLinks(c.get('org'), c.req.valid('param').controlRef, c.req.valid('query')), 200),
  );

  keyedRecordRoutes(route, {
    path: '/soa/{controlRef}',
    key: 'controlRef',
    params: ControlParams,
    tags,
    entity: SoaEntrySchema,
    get: { permission: 'soa:read', summary: 'One SoA entry', run: getSoaEntry },
    update: {
      permission: 'soa:update',
      summary: 'Change an SoA entry (an exclusion needs a justification: 422 otherwise)',
      body: UpdateSoaEntrySchema,
      run: updateSoaEntry,
    },
  });

  orgOperation({
    permission: 'soa:update',
    method: 'post',
    path: 'soa/decide-remaining',
    summary: 'Decide every control without a decision as applicable, implementation planned (§6.1.3 d)',
    // Optional: the reason recorded on each control decided (§6.1.3 d asks why a control is included).
    input: { body: DecideRemainingSoaSchema, optional: true },
    response: z.object({ decided: z.array(z.string()) }),
    run: decideRemainingSoaEntries,
  });

  orgOperation({
    permission: 'soa:read',
    method: 'get',
    path: 'soa-state',
    summary: 'The working SoA against its latest and approved versions',
    response: SoaStateSchema,
    run: getSoaState,
  });

  orgOperation({
    permission: 'soa:read',
    method: 'get',
    path: 'soa-versions',
    summary: 'SoA versions, newest first',
    response: z.object({ items: z.array(SoaVersionSchema) }),
    run: listSoaVersions,
  });

  orgOperation({
    permission: 'soa:update',
    method: 'post',
    path: 'soa-versions',
    summary: 'Submit the working SoA for approval (freezes a hashed snapshot)',
    input: { body: SubmitSoaSchema },
    response: SoaVersionSchema,
    status: 201,
    answered: 'Submitted',
    createdIn: () => 'soa-versions',
    run: submitSoa,
  });

  route(
    { scope: 'org', permission: 'soa:read' },
    createRoute({
      method: 'get',
      path: `${base}/soa-versions/{id}`,
      tags,
      summary: 'One SoA version',
      request: { params: OrgIdParams },
      responses: { 200: json(SoaVersionSchema), ...errorResponses },
    }),
    async (c) => c.json(await getSoaVersion(c.get('org'), c.req.valid('param').id), 200),
    { resource: 'soa_version' },
  );

  route.raw(
    { scope: 'org', permission: 'soa:read' },
    createRoute({
      method: 'get',
      path: `${base}/soa-versions/{id}/content`,
      tags,
      summary: 'The frozen bytes of an SoA version (canonical JSON; SHA-256 = contentHash)',
      request: { params: OrgIdParams },
      responses: {
        200: { description: 'Canonical JSON', content: { 'application/json': { schema: z.unknown() } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const body = await getSoaVersionContent(c.get('org'), c.req.valid('param').id);
      // The stored bytes as they are: re-serializing would break the byte-for-byte guarantee.
      return sendFile({ body, contentType: 'application/json; charset=utf-8' });
    },
    { resource: 'soa_version' },
  );

  entityRoutes(route, { path: 'soa-versions', resource: 'soa_version', tags, entity: SoaVersionSchema })({
    method: 'post',
    verb: 'approve',
    permission: 'soa:approve',
    summary: 'Approve a submitted SoA version (designated management, §6.1.3)',
    response: SoaVersionSchema,
    run: (ctx, id) => approveSoaVersion(ctx, id),
  });

  orgOperation({
    permission: 'soa:read',
    method: 'get',
    path: 'soa-diff',
    summary: 'Field-level changes between two SoA versions (numbers, or "draft" for the working SoA)',
    input: { query: SoaDiffQuerySchema },
    response: z.object({
      from: z.union([z.number(), z.literal('draft')]),
      to: z.union([z.number(), z.literal('draft')]),
      changes: z.array(SoaChangeSchema),
    }),
    run: (ctx, q) => diffSoa(ctx, q.from, q.to),
  });
}
