// Controlled documents (§5.2, §7.5, A.2): documents, versions with review and approval, acknowledgements (§7.3).
import { createRoute, z } from '@hono/zod-openapi';
import {
  CreateDocumentSchema,
  CreateDocumentVersionSchema,
  DocumentAcknowledgementSchema,
  DocumentFilterSchema,
  DocumentSchema,
  DocumentVersionSchema,
  pageSchema,
  RejectDocumentVersionSchema,
  UpdateDocumentSchema,
  UpdateDocumentVersionSchema,
} from '@openaims/core';
import {
  acknowledgeDocument,
  approveDocumentVersion,
  createDocument,
  createDocumentVersion,
  getDocument,
  getDocumentVersion,
  listDocumentAcknowledgements,
  listDocuments,
  listDocumentVersions,
  rejectDocumentVersion,
  submitDocumentVersion,
  updateDocument,
  updateDocumentVersion,
} from '@openaims/services';
import {
  errorResponses,
  IfMatchHeader,
  json,
  jsonBody,
  ListQuery,
  OrgIdParams,
  parseIfMatch,
  pathParam,
} from '../http/openapi-helpers.ts';
import { resourceRoutes, sendEntity } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['documents'];
const base = '/api/v1/orgs/{orgId}/documents';
const EmptyBody = z.object({}).strict();
const VersionParams = OrgIdParams.extend({
  versionId: pathParam('versionId', 64, { description: 'A version id (dcv_…) or the version number' }),
});
const res = { resource: 'document' };

export function documentsRoutes(route: RouteFn): void {
  const document = resourceRoutes(route, {
    path: 'documents',
    resource: 'document',
    label: 'controlled document',
    tags,
    entity: DocumentSchema,
    list: {
      permission: 'document:read',
      summary: 'Controlled documents (filter by type, status, mandatory item, overdue review)',
      query: ListQuery.extend(DocumentFilterSchema.shape),
      run: listDocuments,
    },
    create: {
      permission: 'document:create',
      summary: 'Register a controlled document; optional content becomes draft version 1',
      body: CreateDocumentSchema,
      run: createDocument,
    },
    get: {
      permission: 'document:read',
      summary: 'One document, with its approved version in force and next review date',
      run: getDocument,
    },
    update: {
      permission: 'document:update',
      summary: "Change a document's title, type, owner, mandatory item, requirement refs or review interval",
      body: UpdateDocumentSchema,
      run: updateDocument,
    },
  });
  document({
    method: 'get',
    verb: 'versions',
    permission: 'document:read',
    summary: 'The versions of a document, newest first',
    input: { query: ListQuery },
    response: pageSchema(DocumentVersionSchema),
    run: listDocumentVersions,
  });

  route(
    { scope: 'org', permission: 'document:update' },
    createRoute({
      method: 'post',
      path: `${base}/{id}/versions`,
      tags,
      summary: 'Start the next draft version (refused while another version is a draft or in review)',
      request: { params: OrgIdParams, body: jsonBody(CreateDocumentVersionSchema) },
      responses: { 201: json(DocumentVersionSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const v = await createDocumentVersion(c.get('org'), c.req.valid('param').id, c.req.valid('json'));
      return sendEntity(c, v, 201, `documents/${v.documentId}/versions`);
    },
    res,
  );

  route(
    { scope: 'org', permission: 'document:read' },
    createRoute({
      method: 'get',
      path: `${base}/{id}/versions/{versionId}`,
      tags,
      summary: 'One version with its Markdown content and SHA-256',
      request: { params: VersionParams },
      responses: { 200: json(DocumentVersionSchema), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return sendEntity(c, await getDocumentVersion(c.get('org'), p.id, p.versionId), 200);
    },
    res,
  );

  route(
    { scope: 'org', permission: 'document:update' },
    createRoute({
      method: 'patch',
      path: `${base}/{id}/versions/{versionId}`,
      tags,
      summary: 'Edit a draft version (approved and superseded versions are frozen)',
      request: { params: VersionParams, headers: IfMatchHeader, body: jsonBody(UpdateDocumentVersionSchema) },
      responses: { 200: json(DocumentVersionSchema), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const v = await updateDocumentVersion(
        c.get('org'),
        p.id,
        p.versionId,
        c.req.valid('json'),
        parseIfMatch(c.req.header('if-match')),
      );
      return sendEntity(c, v, 200);
    },
    res,
  );

  const actions = [
    ['submit', 'document:update', 'Submit a draft version for review', submitDocumentVersion],
    [
      'approve',
      'document:approve',
      'Approve a version in review (leads; supersedes the version in force, sets the next review date)',
      approveDocumentVersion,
    ],
  ] as const;
  for (const [name, permission, summary, fn] of actions) {
    route(
      { scope: 'org', permission },
      createRoute({
        method: 'post',
        path: `${base}/{id}/versions/{versionId}/${name}`,
        tags,
        summary,
        request: { params: VersionParams, body: jsonBody(EmptyBody) },
        responses: { 200: json(DocumentVersionSchema), ...errorResponses },
      }),
      async (c) => {
        const p = c.req.valid('param');
        return sendEntity(c, await fn(c.get('org'), p.id, p.versionId), 200);
      },
      res,
    );
  }

  route(
    { scope: 'org', permission: 'document:approve' },
    createRoute({
      method: 'post',
      path: `${base}/{id}/versions/{versionId}/reject`,
      tags,
      summary: 'Send a version in review back to draft, saying why (leads)',
      request: { params: VersionParams, body: jsonBody(RejectDocumentVersionSchema) },
      responses: { 200: json(DocumentVersionSchema), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return sendEntity(
        c,
        await rejectDocumentVersion(c.get('org'), p.id, p.versionId, c.req.valid('json')),
        200,
      );
    },
    res,
  );

  document({
    method: 'post',
    verb: 'acknowledge',
    permission: 'document:acknowledge',
    summary: 'Acknowledge, as the signed-in member, that you read the approved version in force (§7.3)',
    input: { body: EmptyBody },
    response: DocumentAcknowledgementSchema,
    run: acknowledgeDocument,
  });
  document({
    method: 'get',
    verb: 'acknowledgements',
    permission: 'document:read',
    summary: 'Who acknowledged which approved version, newest first',
    input: { query: ListQuery },
    response: pageSchema(DocumentAcknowledgementSchema),
    run: listDocumentAcknowledgements,
  });
}
