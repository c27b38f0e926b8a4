// Controlled documents (§5.2, §7.5, A.2): documents, versions with review and approval, acknowledgements (§7.3).
import { createRoute, z } from '@hono/zod-openapi';
import {
  CreateDocumentSchema,
  CreateDocumentVersionSchema,
  DocumentAcknowledgementSchema,
  DocumentFilterSchema,
  DocumentSchema,
  type DocumentVersion,
  DocumentVersionSchema,
  type Permission,
  pageSchema,
  RejectDocumentVersionSchema,
  UpdateDocumentSchema,
  UpdateDocumentVersionSchema,
} from '@openaims/core';
import type { OrgContext } from '@openaims/services';
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
import { validInput } from '../http/validated.ts';

const tags = ['documents'];
const base = '/api/v1/orgs/{orgId}/documents';
const EmptyBody = z.object({}).strict();
const VersionParams = OrgIdParams.extend({
  versionId: pathParam('versionId', 64, { description: 'A version id (dcv_…) or the version number' }),
});
const res = { resource: 'document' };

/**
 * An operation on one version of a document: `…/documents/{id}/versions/{versionId}`, or `…/{versionId}/{verb}`
 * for a step of its review, answered with the version and its ETag.
 */
interface VersionOperation<I extends z.ZodType> {
  method: 'get' | 'patch' | 'post';
  verb?: string;
  permission: Permission;
  summary: string;
  /** Reads `If-Match` and passes the version the client edited. */
  ifMatch?: boolean;
  body?: I;
  run(
    ctx: OrgContext,
    id: string,
    versionId: string,
    input: z.output<I>,
    expectedVersion?: number,
  ): Promise<DocumentVersion>;
}

/** A registrar of the operations on a document's versions. */
function versionOperations(route: RouteFn) {
  return <I extends z.ZodType>(op: VersionOperation<I>): void => {
    route(
      { scope: 'org', permission: op.permission },
      createRoute({
        method: op.method,
        path: `${base}/{id}/versions/{versionId}${op.verb ? `/${op.verb}` : ''}`,
        tags,
        summary: op.summary,
        request: {
          params: VersionParams,
          ...(op.ifMatch ? { headers: IfMatchHeader } : {}),
          ...(op.body ? { body: jsonBody(op.body) } : {}),
        },
        responses: { 200: json(DocumentVersionSchema), ...errorResponses },
      }),
      async (c) => {
        const p = validInput<{ id: string; versionId: string }>(c, 'param');
        const input = (op.body ? validInput(c, 'json') : undefined) as z.output<I>;
        const expected = op.ifMatch ? parseIfMatch(c.req.header('if-match')) : undefined;
        return sendEntity(c, await op.run(c.get('org'), p.id, p.versionId, input, expected), 200);
      },
      res,
    );
  };
}

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

  document({
    method: 'post',
    verb: 'versions',
    permission: 'document:update',
    summary: 'Start the next draft version (refused while another version is a draft or in review)',
    input: { body: CreateDocumentVersionSchema },
    response: DocumentVersionSchema,
    status: 201,
    createdIn: (v) => `documents/${v.documentId}/versions`,
    run: createDocumentVersion,
  });

  const version = versionOperations(route);
  version({
    method: 'get',
    permission: 'document:read',
    summary: 'One version with its Markdown content and SHA-256',
    run: (ctx, id, versionId) => getDocumentVersion(ctx, id, versionId),
  });
  version({
    method: 'patch',
    permission: 'document:update',
    summary: 'Edit a draft version (approved and superseded versions are frozen)',
    ifMatch: true,
    body: UpdateDocumentVersionSchema,
    run: updateDocumentVersion,
  });
  version({
    method: 'post',
    verb: 'submit',
    permission: 'document:update',
    summary: 'Submit a draft version for review',
    body: EmptyBody,
    run: (ctx, id, versionId) => submitDocumentVersion(ctx, id, versionId),
  });
  version({
    method: 'post',
    verb: 'approve',
    permission: 'document:approve',
    summary:
      'Approve a version in review (leads; supersedes the version in force, sets the next review date)',
    body: EmptyBody,
    run: (ctx, id, versionId) => approveDocumentVersion(ctx, id, versionId),
  });
  version({
    method: 'post',
    verb: 'reject',
    permission: 'document:approve',
    summary: 'Send a version in review back to draft, saying why (leads)',
    body: RejectDocumentVersionSchema,
    run: rejectDocumentVersion,
  });

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
