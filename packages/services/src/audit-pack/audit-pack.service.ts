// The sealed audit pack (issue 11; ISO/IEC 42006: a certification body samples records and traces claims to
// evidence): every section's files streamed into a zip, then index.html, verify.mjs and a manifest listing each
// file's size and SHA-256, signed with the instance's Ed25519 key. Nothing is held whole in memory: evidence and
// the ledger stream through, and the manifest is written last from the hashes taken on the way.
import crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import {
  AppError,
  AUDIT_PACK_FORMAT,
  type AuditPackQuery,
  AuditPackQuerySchema,
  assertCan,
  canonicalJson,
  fieldErrorsFromIssues,
  todayUtc,
} from '@openaims/core';
import { documentFilename } from '../common/filenames.ts';
import { withBuildingHeap } from '../common/heap-growth.ts';
import type { OrgContext } from '../context.ts';
import type { BlobStore } from '../evidence/blob-store.ts';
import { getOrganization } from '../orgs/org.service.ts';
import { renderIndexHtml } from './index-html.ts';
import { instanceKey } from './instance-key.ts';
import { PackWriter } from './pack-writer.ts';
import { AUDIT_PACK_SECTIONS, type PackSection, type PackState, type SectionOutput } from './sections.ts';
import type { PackManifest } from './verify.mjs';

/** The version of OpenAIMS that generates packs (from the services package). */
export const OPENAIMS_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** A pack being streamed: read `stream`; `done` resolves with the signed manifest once the zip is complete. */
export interface AuditPack {
  stream: Readable;
  filename: string;
  done: Promise<PackManifest>;
}

/** Signs a manifest: Ed25519 over the canonical JSON of everything but the signature. */
export function signManifest(
  unsigned: Omit<PackManifest, 'signature'>,
  privateKey: crypto.KeyObject,
): PackManifest {
  const value = crypto.sign(null, Buffer.from(canonicalJson(unsigned)), privateKey).toString('base64');
  return { ...unsigned, signature: { algorithm: 'Ed25519', value } };
}

/**
 * Starts streaming the organization's audit pack for a period. Permissions (`audit-pack:export` and each
 * section's read permission) and the period are checked before the first byte, so a refusal is a clean 4xx.
 */
export async function auditPack(
  ctx: OrgContext,
  blobs: BlobStore,
  query: AuditPackQuery = {},
  sections: PackSection[] = AUDIT_PACK_SECTIONS,
): Promise<AuditPack> {
  assertCan(ctx.role, 'audit-pack:export');
  for (const s of sections) assertCan(ctx.role, s.permission);
  const parsed = AuditPackQuerySchema.safeParse(query);
  if (!parsed.success) {
    const errors = fieldErrorsFromIssues(parsed.error.issues);
    throw new AppError('VALIDATION_FAILED', `Invalid period: ${errors.map((e) => e.message).join('; ')}`, {
      errors,
    });
  }
  const period = { from: parsed.data.from ?? null, to: parsed.data.to ?? todayUtc() };
  const org = await getOrganization(ctx);
  const key = await instanceKey(ctx.db);
  const generatedAt = new Date();
  const writer = new PackWriter(generatedAt);
  const state: PackState = { ctx, blobs, period, generatedAt };

  // Built with the heap's growth halved (common/heap-growth.ts): the pack's peak memory was set by the growth limit.
  const done = withBuildingHeap(async (): Promise<PackManifest> => {
    const bySection: PackManifest['sections'] = [];
    for (const section of sections) {
      const files: string[] = [];
      const out: SectionOutput = {
        // A rendered file is handed to the zip as a stream and awaited like one, so a section renders its next
        // file only once the zip has taken this one: behind a slow download, 2,000 impact-assessment PDFs no longer
        // wait in memory all at once (issue 17).
        addBytes: async (path, body) => {
          const bytes =
            typeof body === 'string'
              ? Buffer.from(body, 'utf8')
              : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
          await writer.addStream(path, Readable.from([bytes]));
          files.push(path);
        },
        addStream: async (path, source) => {
          await writer.addStream(path, source);
          files.push(path);
        },
      };
      await section.write(out, state);
      bySection.push({ key: section.key, title: section.title, files });
    }
    const meta = {
      organization: { id: org.id, name: org.name },
      period,
      generatedAt: generatedAt.toISOString(),
      generator: { name: 'OpenAIMS', version: OPENAIMS_VERSION },
      keyFingerprint: key.fingerprint,
    };
    writer.addBytes('verify.mjs', await readFile(new URL('./verify.mjs', import.meta.url)));
    writer.addBytes('index.html', renderIndexHtml(state, meta, bySection));
    const manifest = signManifest(
      {
        format: AUDIT_PACK_FORMAT,
        ...meta,
        publicKey: key.publicKeyPem,
        files: [...writer.files],
        ledger: state.ledger ?? {
          entries: '',
          count: 0,
          firstSeq: 1,
          lastSeq: 0,
          anchorHash: '0'.repeat(64),
          chainHead: { seq: 0, hash: '0'.repeat(64) },
        },
        sections: bySection,
      },
      key.privateKey,
    );
    writer.addBytes('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
    writer.end();
    return manifest;
  });
  done.catch((e: Error) => writer.fail(e));
  // The download's name only; the paths inside the pack are its manifest contract and stay as they are.
  const filename = documentFilename(org.name, `audit-pack-until-${period.to}`, generatedAt, 'zip');
  return { stream: writer.output, filename, done };
}
