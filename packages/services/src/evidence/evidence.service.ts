// Evidence use-cases (§7.5.3 control of documented information, §9.1 evidence of monitoring results): upload a
// file or record a link, describe it, link it to what it proves, archive it. Every change is one transaction with
// its ledger entry, which carries the content's SHA-256 so the ledger vouches for the bytes.
import {
  AppError,
  assertCan,
  type CreateEvidenceLinkInput,
  CreateEvidenceLinkSchema,
  DEFAULT_EVIDENCE_MAX_BYTES,
  type Evidence,
  type EvidenceFileMeta,
  EvidenceFileMetaSchema,
  type EvidenceFilter,
  EvidenceFilterSchema,
  type EvidenceLinksChange,
  EvidenceLinksChangeSchema,
  evidenceDateProblems,
  fieldErrorsFromIssues,
  type ListQuery,
  newId,
  type Page,
  type UpdateEvidenceInput,
  UpdateEvidenceSchema,
} from '@openaims/core';
import type { Db } from '@openaims/db';
import type { z } from 'zod';
import { actorId } from '../common/actor.ts';
import { assertMember } from '../common/members.ts';
import { recordStep } from '../common/recorded-step.ts';
import { assertVersion, notFound } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import type { BlobStore } from './blob-store.ts';
import { type EvidenceRow, evidenceRepository } from './evidence.repository.ts';
import { removeOrphanBlob } from './evidence-integrity.ts';
import { assertTargetsExist, changeLinks } from './evidence-links.ts';
import { checkedMediaType } from './media-check.ts';

/** An uploaded file as the HTTP layer hands it over. */
export interface EvidenceUpload {
  bytes: Uint8Array;
  fileName: string;
  /** The media type the client declared for the part. */
  mediaType: string | undefined;
}

/** Parses input with a core schema; a refusal is VALIDATION_FAILED (400) naming each field, never a raw ZodError. */
function valid<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) {
    const errors = fieldErrorsFromIssues(r.error.issues);
    throw new AppError(
      'VALIDATION_FAILED',
      `Invalid evidence: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
      { errors },
    );
  }
  return r.data;
}

function assertDates(v: { evidenceDate: string; validUntil: string | null }): void {
  const errors = evidenceDateProblems(v);
  if (errors.length)
    throw new AppError('RULE_VIOLATION', 'The validity cannot end before the evidence date.', { errors });
}

/** A file name safe to store and send back: no directories, no control characters, at most 255 characters. */
export function cleanFileName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (base || 'evidence').slice(0, 255);
}

async function getRow(db: Db, orgId: string, id: string, forUpdate = false): Promise<EvidenceRow> {
  const row = await evidenceRepository(db).find(orgId, id, { forUpdate });
  if (!row) throw notFound('Evidence', id);
  return row;
}

/** The evidence list, filtered by kind, linked target, validity and archive state. */
export async function listEvidence(
  ctx: OrgContext,
  query: ListQuery & EvidenceFilter,
): Promise<Page<Evidence>> {
  assertCan(ctx.role, 'evidence:read');
  const filter = valid(EvidenceFilterSchema, query);
  const repo = evidenceRepository(ctx.db);
  const page = await repo.list(ctx.orgId, { ...query, ...filter });
  return { items: await repo.hydrate(ctx.orgId, page.items), nextCursor: page.nextCursor };
}

/** One evidence record; another organization's id is NOT_FOUND. */
export async function getEvidence(ctx: OrgContext, id: string): Promise<Evidence> {
  assertCan(ctx.role, 'evidence:read');
  const row = await getRow(ctx.db, ctx.orgId, id);
  return (await evidenceRepository(ctx.db).hydrate(ctx.orgId, [row]))[0]!;
}

/** What a new file or link record says; id, uploader, archive fields, timestamps and version are set here. */
type NewEvidence = Omit<
  EvidenceRow,
  'id' | 'organizationId' | 'uploadedBy' | 'archivedAt' | 'archivedBy' | 'createdAt' | 'updatedAt' | 'version'
>;

async function insertEvidence(
  ctx: OrgContext,
  tx: Db,
  fields: NewEvidence,
  links: EvidenceFileMeta['links'] & object,
): Promise<Evidence> {
  const repo = evidenceRepository(tx);
  const at = new Date();
  const row: EvidenceRow = {
    ...fields,
    id: newId('evidence'),
    organizationId: ctx.orgId,
    uploadedBy: actorId(ctx),
    archivedAt: null,
    archivedBy: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await repo.insert(row);
  await changeLinks(tx, ctx.orgId, row.id, links, 'add', actorId(ctx));
  const ev = (await repo.hydrate(ctx.orgId, [row]))[0]!;
  const { validity: _v, ...data } = ev;
  await record(ctx, tx, { action: 'evidence.created', entityType: 'evidence', entityId: ev.id, data });
  return ev;
}

/**
 * Stores an uploaded file as evidence. Size and type are checked against the content before anything is written
 * (413, 415); the bytes go to the blob store under their SHA-256 (identical content is stored once), then the
 * record, its links and its ledger entry are written in one transaction.
 */
export async function uploadEvidence(
  ctx: OrgContext,
  blobs: BlobStore,
  file: EvidenceUpload,
  meta: EvidenceFileMeta,
  opts: { maxBytes?: number } = {},
): Promise<Evidence> {
  assertCan(ctx.role, 'evidence:create');
  const maxBytes = opts.maxBytes ?? DEFAULT_EVIDENCE_MAX_BYTES;
  if (file.bytes.byteLength > maxBytes)
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `The file is ${file.bytes.byteLength} bytes; evidence files may be at most ${maxBytes} bytes.`,
    );
  if (file.bytes.byteLength === 0)
    throw new AppError('VALIDATION_FAILED', 'The file is empty.', {
      errors: [{ path: 'file', message: 'empty file' }],
    });
  const data = valid(EvidenceFileMetaSchema, meta);
  assertDates(data);
  const fileName = cleanFileName(file.fileName);
  const mediaType = await checkedMediaType(file.bytes, file.mediaType, fileName);
  if (data.ownerId) await assertMember(ctx.db, ctx.orgId, data.ownerId);
  await assertTargetsExist(ctx.db, ctx.orgId, data.links);
  // Written before the transaction: a record without its blob must never exist. When the transaction fails, the
  // blob this upload created is removed again unless a record already uses it (removeOrphanBlob).
  const stored = await blobs.put(file.bytes);
  const write = ctx.db.transaction((tx) =>
    insertEvidence(
      ctx,
      tx,
      {
        kind: 'file',
        title: data.title ?? fileName,
        description: data.description,
        evidenceDate: data.evidenceDate,
        validUntil: data.validUntil,
        ownerId: data.ownerId,
        url: null,
        sha256: stored.sha256,
        size: stored.size,
        mediaType,
        fileName,
      },
      data.links,
    ),
  );
  try {
    const ev = await write;
    // A concurrent upload of the same bytes may have failed and removed the blob this record found already there.
    if (!stored.created && !(await blobs.has(stored.sha256))) await blobs.put(file.bytes);
    return ev;
  } catch (e) {
    if (stored.created) await removeOrphanBlob(ctx.db, blobs, stored.sha256);
    throw e;
  }
}

/** Records a link (a dashboard, a ticket, a report kept elsewhere) as evidence. */
export async function createLinkEvidence(ctx: OrgContext, input: CreateEvidenceLinkInput): Promise<Evidence> {
  assertCan(ctx.role, 'evidence:create');
  const data = valid(CreateEvidenceLinkSchema, input);
  assertDates(data);
  if (data.ownerId) await assertMember(ctx.db, ctx.orgId, data.ownerId);
  await assertTargetsExist(ctx.db, ctx.orgId, data.links);
  return ctx.db.transaction((tx) =>
    insertEvidence(
      ctx,
      tx,
      {
        kind: 'link',
        title: data.title,
        description: data.description,
        evidenceDate: data.evidenceDate,
        validUntil: data.validUntil,
        ownerId: data.ownerId,
        url: data.url,
        sha256: null,
        size: null,
        mediaType: null,
        fileName: null,
      },
      data.links,
    ),
  );
}

/** Changes evidence metadata (never its bytes: new content is new evidence). Archived evidence is frozen. */
export async function updateEvidence(
  ctx: OrgContext,
  id: string,
  input: UpdateEvidenceInput,
  expectedVersion?: number,
): Promise<Evidence> {
  assertCan(ctx.role, 'evidence:update');
  const data = valid(UpdateEvidenceSchema, input);
  return ctx.db.transaction(async (tx) => {
    const repo = evidenceRepository(tx);
    const cur = await getRow(tx, ctx.orgId, id, true);
    assertVersion(expectedVersion, cur.version);
    if (cur.archivedAt)
      throw new AppError('RULE_VIOLATION', 'Archived evidence is kept as it was; it cannot be changed.');
    if (data.url !== undefined && cur.kind !== 'link') {
      throw new AppError('RULE_VIOLATION', 'Only link evidence has an address.', {
        errors: [{ path: 'url', message: 'a file has no url' }],
      });
    }
    assertDates({
      evidenceDate: data.evidenceDate ?? cur.evidenceDate,
      validUntil: data.validUntil !== undefined ? data.validUntil : cur.validUntil,
    });
    if (data.ownerId) await assertMember(tx, ctx.orgId, data.ownerId);
    const changes: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(data) as [keyof EvidenceRow, unknown][]) {
      if (cur[k] !== v) changes[k] = { from: cur[k], to: v };
    }
    if (Object.keys(changes).length === 0) return (await repo.hydrate(ctx.orgId, [cur]))[0]!;
    const row = await recordStep(ctx, tx, {
      rows: repo,
      current: cur,
      set: data,
      entityType: 'evidence',
      action: 'evidence.updated',
      data: (row) => ({ version: row.version, sha256: row.sha256, changes }),
    });
    return (await repo.hydrate(ctx.orgId, [row]))[0]!;
  });
}

/** Adds or removes what evidence proves; linking to a control fills that SoA entry's `evidenceIds`. */
export async function changeEvidenceLinks(
  ctx: OrgContext,
  id: string,
  input: EvidenceLinksChange,
  mode: 'add' | 'remove',
): Promise<Evidence> {
  assertCan(ctx.role, 'evidence:update');
  const { links } = valid(EvidenceLinksChangeSchema, input);
  return ctx.db.transaction(async (tx) => {
    const repo = evidenceRepository(tx);
    const cur = await getRow(tx, ctx.orgId, id, true);
    if (mode === 'add') await assertTargetsExist(tx, ctx.orgId, links);
    const diff = await changeLinks(tx, ctx.orgId, id, links, mode, actorId(ctx));
    if (diff.added.length === 0 && diff.removed.length === 0)
      return (await repo.hydrate(ctx.orgId, [cur]))[0]!;
    const row = await recordStep(ctx, tx, {
      rows: repo,
      current: cur,
      set: {},
      entityType: 'evidence',
      action: mode === 'add' ? 'evidence.linked' : 'evidence.unlinked',
      data: (row) => ({ version: row.version, sha256: row.sha256, ...diff }),
    });
    return (await repo.hydrate(ctx.orgId, [row]))[0]!;
  });
}

/** Archives evidence: kept with its bytes and links for retention (§7.5.3), hidden from the default list. */
export async function archiveEvidence(ctx: OrgContext, id: string): Promise<Evidence> {
  assertCan(ctx.role, 'evidence:archive');
  return ctx.db.transaction(async (tx) => {
    const repo = evidenceRepository(tx);
    const cur = await getRow(tx, ctx.orgId, id, true);
    if (cur.archivedAt) return (await repo.hydrate(ctx.orgId, [cur]))[0]!;
    const at = new Date();
    const row = await recordStep(ctx, tx, {
      rows: repo,
      current: cur,
      set: {
        archivedAt: at,
        archivedBy: actorId(ctx),
      },
      at,
      entityType: 'evidence',
      action: 'evidence.archived',
      data: (row) => ({ version: row.version, sha256: row.sha256 }),
    });
    return (await repo.hydrate(ctx.orgId, [row]))[0]!;
  });
}

/** The stored bytes of file evidence, with what a download needs; a link has no content (CONFLICT). */
export async function openEvidenceContent(ctx: OrgContext, blobs: BlobStore, id: string) {
  assertCan(ctx.role, 'evidence:read');
  const row = await getRow(ctx.db, ctx.orgId, id);
  if (row.kind !== 'file' || !row.sha256)
    throw new AppError('CONFLICT', 'This evidence is a link; open its address instead.');
  const body = await blobs.read(row.sha256);
  return {
    body,
    sha256: row.sha256,
    size: row.size ?? 0,
    mediaType: row.mediaType ?? 'application/octet-stream',
    fileName: row.fileName ?? 'evidence',
  };
}
