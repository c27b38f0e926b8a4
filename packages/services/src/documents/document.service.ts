// Controlled documents (§5.2, §7.5, A.2): register, change metadata, list and read; acknowledgements of the
// approved version by members (§7.3 awareness). Versions and their approval live in document-version.service.ts.
import {
  AppError,
  assertCan,
  type CreateDocumentInput,
  CreateDocumentSchema,
  type Document,
  type DocumentAcknowledgement,
  type FieldError,
  type ListQuery,
  newId,
  nextReviewDate,
  type Page,
  type UpdateDocumentInput,
  UpdateDocumentSchema,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { isUniqueViolation } from '../common/db-errors.ts';
import { inOrg } from '../common/in-org.ts';
import { lockForChange } from '../common/lock-for-change.ts';
import { readOne, readPage } from '../common/records.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { type DocumentRow, documentRepository, toDocument } from './document.repository.ts';
import { insertDraftVersion } from './document-draft.ts';

/** Refuses an owner who is not a member, and a mandatory item another document already is. */
async function assertDocumentRefs(
  db: Db,
  orgId: string,
  refs: { ownerId?: string | null; mandatoryKey?: string | null },
  selfId?: string,
): Promise<void> {
  const errors: FieldError[] = [];
  if (refs.ownerId) {
    const { members } = tables;
    const [m] = await db
      .select({ id: members.id })
      .from(members)
      .where(inOrg(members, orgId, eq(members.userId, refs.ownerId)));
    if (!m) errors.push({ path: 'ownerId', message: 'not a member of this organization' });
  }
  if (errors.length)
    throw new AppError('RULE_VIOLATION', 'Choose an owner from this organization.', { errors });
  if (refs.mandatoryKey) {
    const other = await documentRepository(db).findByMandatoryKey(orgId, refs.mandatoryKey);
    if (other && other.id !== selfId)
      throw new AppError('CONFLICT', `"${other.title}" is already the ${refs.mandatoryKey} document.`, {
        errors: [{ path: 'mandatoryKey', message: `already taken by ${other.id}` }],
      });
  }
}

/** A concurrent writer won the race for the same mandatory item: the unique index answers, reported as 409. */
function mandatoryTaken(key: string | null | undefined) {
  return (e: unknown): never => {
    if (isUniqueViolation(e))
      throw new AppError('CONFLICT', `Another document is already the ${key} document.`, {
        errors: [{ path: 'mandatoryKey', message: 'already taken' }],
      });
    throw e;
  };
}

/** Loads a document for a change, locked, checking the client's expected version. */
export const loadDocumentForChange = (
  ctx: OrgContext,
  tx: Db,
  id: string,
  expectedVersion?: number,
): Promise<DocumentRow> => lockForChange(documentRepository(tx), ctx.orgId, id, 'Document', expectedVersion);

/** Controlled documents, filterable by type, status, mandatory item and overdue review. */
export const listDocuments = readPage('document:read', (db) => documentRepository(db).list, toDocument);

/** One document; another organization's id is NOT_FOUND. */
export const getDocument = readOne('document:read', 'Document', (db) => documentRepository(db), toDocument);

/** Registers a document (§7.5.2 identification: title, type, owner); `content` starts draft version 1. */
export async function createDocument(ctx: OrgContext, input: CreateDocumentInput): Promise<Document> {
  assertCan(ctx.role, 'document:create');
  const { content, ownerId, ...rest } = CreateDocumentSchema.parse(input);
  const data = {
    ...rest,
    ownerId:
      ownerId === undefined ? (ctx.actor.type === 'user' ? (ctx.actor.userId ?? null) : null) : ownerId,
  };
  return ctx.db
    .transaction(async (tx) => {
      await assertDocumentRefs(tx, ctx.orgId, data);
      const at = new Date();
      const repo = documentRepository(tx);
      let row = await repo.insert({
        id: newId('document'),
        organizationId: ctx.orgId,
        ...data,
        status: 'draft',
        latestVersionNumber: 0,
        currentVersionId: null,
        currentVersionNumber: null,
        currentContentHash: null,
        approvedBy: null,
        approvedAt: null,
        nextReviewDate: null,
        createdAt: at,
        updatedAt: at,
        version: 1,
      });
      await record(ctx, tx, {
        action: 'document.created',
        entityType: 'document',
        entityId: row.id,
        data: toDocument(row),
      });
      if (content !== undefined)
        row = (await insertDraftVersion(ctx, tx, row, { content, changeNote: '' })).doc;
      return toDocument(row);
    })
    .catch(mandatoryTaken(data.mandatoryKey));
}

/** Changes a document's metadata; a new review interval moves the next review date of the approved version. */
export async function updateDocument(
  ctx: OrgContext,
  id: string,
  input: UpdateDocumentInput,
  expectedVersion?: number,
): Promise<Document> {
  assertCan(ctx.role, 'document:update');
  const data = UpdateDocumentSchema.parse(input);
  return ctx.db
    .transaction(async (tx) => {
      const cur = await loadDocumentForChange(ctx, tx, id, expectedVersion);
      await assertDocumentRefs(tx, ctx.orgId, data, id);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const [k, v] of Object.entries(data)) {
        const before = cur[k as keyof DocumentRow];
        if (v !== undefined && JSON.stringify(before) !== JSON.stringify(v))
          changes[k] = { from: before, to: v };
      }
      if (Object.keys(changes).length === 0) return toDocument(cur);
      const set: Partial<DocumentRow> = { ...data, updatedAt: new Date(), version: cur.version + 1 };
      if (changes.reviewIntervalMonths && cur.approvedAt) {
        set.nextReviewDate = nextReviewDate(cur.approvedAt, data.reviewIntervalMonths!);
        changes.nextReviewDate = { from: cur.nextReviewDate, to: set.nextReviewDate };
      }
      const row = await documentRepository(tx).update(ctx.orgId, id, set);
      await record(ctx, tx, {
        action: 'document.updated',
        entityType: 'document',
        entityId: id,
        data: { version: row.version, changes },
      });
      return toDocument(row);
    })
    .catch(mandatoryTaken(data.mandatoryKey));
}

/**
 * Records that the signed-in member read the approved version in force (§7.3). Personal: an API token cannot
 * acknowledge for someone. Acknowledging the same version again changes nothing and returns the first record.
 */
export async function acknowledgeDocument(ctx: OrgContext, id: string): Promise<DocumentAcknowledgement> {
  assertCan(ctx.role, 'document:acknowledge');
  return ctx.db.transaction(async (tx) => {
    const doc = await loadDocumentForChange(ctx, tx, id);
    if (ctx.actor.type !== 'user' || !ctx.actor.userId)
      throw new AppError(
        'RULE_VIOLATION',
        'An acknowledgement is personal: sign in as the member to acknowledge.',
      );
    if (!doc.currentVersionId || doc.currentVersionNumber === null)
      throw new AppError('RULE_VIOLATION', 'This document has no approved version to acknowledge yet.');
    const repo = documentRepository(tx);
    const userId = ctx.actor.userId;
    let ack = await repo.findAck(ctx.orgId, doc.currentVersionId, userId);
    if (!ack) {
      ack = {
        id: newId('documentAcknowledgement'),
        organizationId: ctx.orgId,
        documentId: id,
        versionId: doc.currentVersionId,
        versionNumber: doc.currentVersionNumber,
        userId,
        acknowledgedAt: new Date(),
      };
      await repo.insertAck(ack);
      await record(ctx, tx, {
        action: 'document.acknowledged',
        entityType: 'document',
        entityId: id,
        data: {
          versionId: ack.versionId,
          versionNumber: ack.versionNumber,
          contentHash: doc.currentContentHash,
          userId,
        },
      });
    }
    const { users } = tables;
    const [u] = await tx
      .select({ name: users.name, email: users.email })
      .from(users)
      .where(eq(users.id, userId));
    return {
      id: ack.id,
      documentId: id,
      versionId: ack.versionId,
      versionNumber: ack.versionNumber,
      userId,
      userName: u?.name ?? null,
      userEmail: u?.email ?? null,
      acknowledgedAt: ack.acknowledgedAt.toISOString(),
    };
  });
}

/** Who acknowledged which version of a document, newest first. */
export async function listDocumentAcknowledgements(
  ctx: OrgContext,
  id: string,
  query: ListQuery,
): Promise<Page<DocumentAcknowledgement>> {
  assertCan(ctx.role, 'document:read');
  await getDocument(ctx, id);
  return documentRepository(ctx.db).listAcks(ctx.orgId, id, query);
}
