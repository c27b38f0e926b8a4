// Evidence (§7.5.3, §9.1): `POST …/evidence` takes a file as multipart/form-data (field `file`) or a link as JSON;
// `GET …/evidence/{id}/content` returns the stored bytes as a download.
import { createRoute, z } from '@hono/zod-openapi';
import {
  AppError,
  CreateEvidenceLinkSchema,
  EVIDENCE_TARGET_TYPES,
  type Evidence,
  EvidenceFilterSchema,
  EvidenceLinkSchema,
  EvidenceLinksChangeSchema,
  EvidenceSchema,
  pageSchema,
  UpdateEvidenceSchema,
} from '@openaims/core';
import {
  archiveEvidence,
  changeEvidenceLinks,
  createLinkEvidence,
  getEvidence,
  listEvidence,
  openEvidenceContent,
  updateEvidence,
  uploadEvidence,
} from '@openaims/services';
import {
  errorResponses,
  fileResponse,
  json,
  jsonBody,
  ListQuery,
  OrgIdParams,
  OrgParams,
} from '../http/openapi-helpers.ts';
import { orgOperations } from '../http/org-operations.ts';
import { resourceRoutes, sendEntity } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';
import { sendFile } from '../http/send-file.ts';

const tags = ['evidence'];
const base = '/api/v1/orgs/{orgId}/evidence';

/** Room above AIMS_EVIDENCE_MAX_BYTES for the multipart boundaries and the metadata fields. */
export const UPLOAD_ENVELOPE_BYTES = 256 * 1024;

const UPLOAD_PATH = /^\/api\/v1\/orgs\/[^/]+\/evidence\/?$/;
/** Whether a request is an evidence file upload, which gets the evidence size limit instead of the API body limit. */
export function isEvidenceUpload(method: string, path: string, contentType: string | undefined): boolean {
  return (
    method === 'POST' &&
    UPLOAD_PATH.test(path) &&
    (contentType ?? '').toLowerCase().startsWith('multipart/form-data')
  );
}

const field = (max: number) => z.string().max(max);
const LINK_FORMAT = `type:id, type one of ${EVIDENCE_TARGET_TYPES.join(', ')} (e.g. control:A.6.2.4)`;

/** The multipart fields of an upload. Repeat `link` for each thing the file proves. */
const UploadFormSchema = z
  .object({
    file: z
      .instanceof(File, { message: 'attach exactly one file in the field `file`' })
      .openapi({ type: 'string', format: 'binary' }),
    title: field(300).optional(),
    description: field(5000).optional(),
    evidenceDate: field(10).openapi({ example: '2026-03-31' }),
    validUntil: field(10)
      .optional()
      .openapi({ description: 'Last day the evidence is valid; empty for no end' }),
    ownerId: field(64).optional(),
    link: z
      .union([field(80), z.array(field(80)).max(100)])
      .optional()
      .openapi({ description: LINK_FORMAT }),
  })
  .openapi('EvidenceUpload');

function parseLinks(v: string | string[] | undefined) {
  const items = v === undefined ? [] : Array.isArray(v) ? v : [v];
  return items.map((s, i) => {
    const at = s.indexOf(':');
    const link = EvidenceLinkSchema.safeParse({ targetType: s.slice(0, at), targetId: s.slice(at + 1) });
    if (at < 1 || !link.success)
      throw new AppError('VALIDATION_FAILED', `link ${s} is not ${LINK_FORMAT}`, {
        errors: [{ path: `link.${i}`, message: `not ${LINK_FORMAT}` }],
      });
    return link.data;
  });
}

const ContentParams = OrgIdParams;

export function evidenceRoutes(route: RouteFn): void {
  orgOperations(
    route,
    tags,
  )({
    permission: 'evidence:read',
    method: 'get',
    path: 'evidence',
    summary: 'Evidence, filtered by kind, linked target (targetType + targetId), validity and archive state',
    response: pageSchema(EvidenceSchema),
    input: { query: ListQuery.extend(EvidenceFilterSchema.shape) },
    run: listEvidence,
  });

  route(
    { scope: 'org', permission: 'evidence:create' },
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'Upload a file as evidence (multipart/form-data, field `file`) or record a link (JSON)',
      description:
        'A file is checked by its content (413 over AIMS_EVIDENCE_MAX_BYTES, 415 when the type is not accepted or the content is not the declared type) and stored under its SHA-256.',
      request: {
        params: OrgParams,
        body: {
          required: false,
          content: {
            'multipart/form-data': { schema: UploadFormSchema },
            'application/json': { schema: CreateEvidenceLinkSchema },
          },
        },
      },
      responses: {
        201: json(EvidenceSchema, 'Created'),
        413: errorResponses[400],
        415: errorResponses[400],
        ...errorResponses,
      },
    }),
    async (c) => {
      const ctx = c.get('org');
      const type = (c.req.header('content-type') ?? '').toLowerCase();
      let ev: Evidence;
      if (type.startsWith('multipart/form-data')) {
        const form = c.req.valid('form') as z.output<typeof UploadFormSchema>;
        const { deps } = c.var;
        ev = await uploadEvidence(
          ctx,
          deps.blobs,
          {
            bytes: new Uint8Array(await form.file.arrayBuffer()),
            fileName: form.file.name,
            mediaType: form.file.type,
          },
          {
            title: form.title || undefined,
            description: form.description ?? '',
            evidenceDate: form.evidenceDate,
            validUntil: form.validUntil || null,
            ownerId: form.ownerId || null,
            links: parseLinks(form.link),
          },
          { maxBytes: deps.env.AIMS_EVIDENCE_MAX_BYTES },
        );
      } else if (type.startsWith('application/json')) {
        ev = await createLinkEvidence(ctx, c.req.valid('json') as z.output<typeof CreateEvidenceLinkSchema>);
      } else {
        throw new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          'Send a file as multipart/form-data (field `file`), or a link as application/json.',
        );
      }
      return sendEntity(c, ev, 201, 'evidence');
    },
  );

  resourceRoutes(route, {
    path: 'evidence',
    resource: 'evidence',
    label: 'evidence record',
    tags,
    entity: EvidenceSchema,
    get: {
      permission: 'evidence:read',
      summary: 'One evidence record with its hash, size, validity and links',
      run: getEvidence,
    },
    update: {
      permission: 'evidence:update',
      summary: 'Change evidence metadata (the bytes never change; send If-Match against lost updates)',
      body: UpdateEvidenceSchema,
      run: updateEvidence,
    },
    archive: {
      permission: 'evidence:archive',
      method: 'post',
      summary:
        'Archive evidence: kept with its file and links for retention (§7.5.3), hidden from the default list',
      run: archiveEvidence,
    },
  });

  route.raw(
    { scope: 'org', permission: 'evidence:read' },
    createRoute({
      method: 'get',
      path: `${base}/{id}/content`,
      tags,
      summary: 'Download the stored file (ETag is its SHA-256)',
      request: { params: ContentParams },
      responses: {
        200: fileResponse('The file as uploaded'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const file = await openEvidenceContent(c.get('org'), c.var.deps.blobs, c.req.valid('param').id);
      const tag = `"${file.sha256}"`;
      const headers: Record<string, string> = {
        ETag: tag,
        'Cache-Control': 'private, no-cache',
        'X-Content-Type-Options': 'nosniff',
        // Opened directly, the file gets no script, no plugins and no same-origin rights.
        'Content-Security-Policy':
          "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'",
      };
      if (c.req.header('if-none-match') === tag) {
        await file.body.cancel();
        return new Response(null, { status: 304, headers });
      }
      return sendFile({
        body: file.body,
        contentType:
          file.mediaType.startsWith('text/') || file.mediaType === 'application/json'
            ? `${file.mediaType}; charset=utf-8`
            : file.mediaType,
        filename: file.fileName,
        headers: { ...headers, 'Content-Length': String(file.size) },
      });
    },
    { resource: 'evidence' },
  );

  for (const [method, mode] of [
    ['post', 'add'],
    ['delete', 'remove'],
  ] as const) {
    route(
      { scope: 'org', permission: 'evidence:update' },
      createRoute({
        method,
        path: `${base}/{id}/links`,
        tags,
        summary:
          mode === 'add'
            ? 'Link evidence to what it proves (controls fill the SoA entry’s evidenceIds)'
            : 'Remove links of evidence',
        request: { params: OrgIdParams, body: jsonBody(EvidenceLinksChangeSchema) },
        responses: { 200: json(EvidenceSchema), ...errorResponses },
      }),
      async (c) => {
        const ev = await changeEvidenceLinks(
          c.get('org'),
          c.req.valid('param').id,
          c.req.valid('json'),
          mode,
        );
        return sendEntity(c, ev, 200);
      },
      { resource: 'evidence' },
    );
  }
}
