// The sealed audit pack and the key that signs it (issue 11). `GET …/exports/audit-pack.zip` is registered before
// the generic `…/exports/{name}` so it streams instead of rendering in memory; `GET /api/v1/instance-key` is
// public, so anyone holding a pack can compare the key it was signed with.
import { Readable } from 'node:stream';
import { createRoute, z } from '@hono/zod-openapi';
import { AuditPackQuerySchema } from '@openaims/core';
import { auditPack, instanceKey } from '@openaims/services';
import { errorResponses, fileResponse, json, OrgParams } from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';
import { sendFile } from '../http/send-file.ts';

const InstanceKeySchema = z
  .object({
    algorithm: z.literal('Ed25519'),
    publicKey: z.string().openapi({ description: 'SubjectPublicKeyInfo, PEM' }),
    fingerprint: z.string().openapi({ description: 'SHA-256 of the DER public key, hex' }),
  })
  .openapi('InstanceKey');

export function auditPackRoutes(route: RouteFn): void {
  route(
    { scope: 'public' },
    createRoute({
      method: 'get',
      path: '/api/v1/instance-key',
      tags: ['exports'],
      summary: "The instance's Ed25519 public key that signs audit-pack manifests",
      responses: { 200: json(InstanceKeySchema) },
    }),
    async (c) => {
      const key = await instanceKey(c.get('deps').database.db);
      return c.json(
        { algorithm: 'Ed25519' as const, publicKey: key.publicKeyPem, fingerprint: key.fingerprint },
        200,
      );
    },
  );

  route.raw(
    { scope: 'org', permission: 'audit-pack:export' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/exports/audit-pack.zip',
      tags: ['exports'],
      summary:
        'Download the signed audit pack: reports, OSCAL, CycloneDX, evidence, ledger excerpt, index.html, verify.mjs',
      request: { params: OrgParams, query: AuditPackQuerySchema },
      responses: {
        200: fileResponse(
          'A zip streamed as it is written; manifest.json is signed with the instance key',
          'application/zip',
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const pack = await auditPack(c.get('org'), c.get('deps').blobs, c.req.valid('query'));
      const log = c.get('log');
      // Headers are sent by now: a failure half-way ends the download early (the client sees a short zip).
      pack.done.catch((e: Error) => log.error({ err: e }, 'audit pack failed while streaming'));
      return sendFile({
        body: Readable.toWeb(pack.stream) as ReadableStream<Uint8Array>,
        contentType: 'application/zip',
        filename: pack.filename,
      });
    },
  );
}
