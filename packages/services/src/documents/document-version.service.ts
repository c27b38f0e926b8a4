// Versions of controlled documents (§7.5.2 review and approval, §7.5.3 control of changes): a draft is edited,
// submitted for review, then approved by a lead (superseding the version in force) or sent back with a reason.
// Approved and superseded versions are frozen; each carries the SHA-256 of its Markdown, computed here.
import {
  AppError,
  assertCan,
  CreateDocumentVersionSchema,
  type DocumentVersion,
  type DocumentVersionAction,
  type DocumentVersionStatus,
  documentApprovalProblems,
  isVersionFrozen,
  type ListQuery,
  nextReviewDate,
  nextVersionStatus,
  type Page,
  RejectDocumentVersionSchema,
  type UpdateDocumentVersionInput,
  UpdateDocumentVersionSchema,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { actorId } from '../common/actor.ts';
import { commandService } from '../common/command-service.ts';
import { sha256Hex } from '../common/hash.ts';
import { assertVersion, notFound } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import {
  type DocumentRow,
  type DocumentVersionRow,
  documentRepository,
  toDocumentVersion,
} from './document.repository.ts';
import { getDocument, loadDocumentForChange } from './document.service.ts';
import { insertDraftVersion, LABEL, statusWithout } from './document-draft.ts';

async function loadVersion(
  ctx: OrgContext,
  tx: Db,
  doc: DocumentRow,
  ref: string,
): Promise<DocumentVersionRow> {
  const v = await documentRepository(tx).findVersion(ctx.orgId, doc.id, ref, { forUpdate: true });
  if (!v) throw notFound('Document version', ref);
  return v;
}

function transition(v: DocumentVersionRow, action: DocumentVersionAction): DocumentVersionStatus {
  const to = nextVersionStatus(v.status as DocumentVersionStatus, action);
  if (!to)
    throw new AppError(
      'RULE_VIOLATION',
      `Version ${v.number} is ${LABEL[v.status as DocumentVersionStatus]}; it cannot be ${action === 'submit' ? 'submitted' : `${action}d`}.`,
    );
  return to;
}

/**
 * A change to one version of a document, in one transaction: the document and the version locked (NOT_FOUND for
 * either), then `change`, whose row is returned as the API's version. The caller checks permission and input first.
 */
function changeVersion(
  ctx: OrgContext,
  id: string,
  versionRef: string,
  change: (tx: Db, doc: DocumentRow, v: DocumentVersionRow) => Promise<DocumentVersionRow>,
): Promise<DocumentVersion> {
  return ctx.db.transaction(async (tx) => {
    const doc = await loadDocumentForChange(ctx, tx, id);
    return toDocumentVersion(await change(tx, doc, await loadVersion(ctx, tx, doc, versionRef)));
  });
}

/**
 * One step of a version (edit, submit, approve, supersede, reject): the version's columns and the document's that
 * follow from it, each moved on a version, and the step's ledger entry on the document naming the version.
 */
async function stepVersion(
  ctx: OrgContext,
  tx: Db,
  doc: DocumentRow,
  v: DocumentVersionRow,
  step: {
    at: Date;
    version: Partial<DocumentVersionRow>;
    /** The document's columns that follow from the step, when any do. */
    document?: Partial<DocumentRow>;
    action: string;
    /** Ledger data besides the version's id, number and hash. */
    data?: Record<string, unknown>;
  },
): Promise<DocumentVersionRow> {
  const repo = documentRepository(tx);
  const row = await repo.updateVersion(ctx.orgId, v.id, {
    ...step.version,
    updatedAt: step.at,
    version: v.version + 1,
  });
  if (step.document)
    await repo.update(ctx.orgId, doc.id, { ...step.document, updatedAt: step.at, version: doc.version + 1 });
  await record(ctx, tx, {
    action: step.action,
    entityType: 'document',
    entityId: doc.id,
    data: { versionId: v.id, number: v.number, contentHash: v.contentHash, ...step.data },
  });
  return row;
}

/** The versions of a document, newest first. */
export async function listDocumentVersions(
  ctx: OrgContext,
  id: string,
  query: ListQuery,
): Promise<Page<DocumentVersion>> {
  await getDocument(ctx, id);
  const page = await documentRepository(ctx.db).listVersions(ctx.orgId, id, query);
  return { items: page.items.map(toDocumentVersion), nextCursor: page.nextCursor };
}

/** One version, addressed by its id (`dcv_…`) or its number. */
export async function getDocumentVersion(
  ctx: OrgContext,
  id: string,
  versionRef: string,
): Promise<DocumentVersion> {
  await getDocument(ctx, id);
  const v = await documentRepository(ctx.db).findVersion(ctx.orgId, id, versionRef);
  if (!v) throw notFound('Document version', versionRef);
  return toDocumentVersion(v);
}

/** Starts the next draft version (§7.5.3: changes go through a new version, the approved one stays frozen). */
export const createDocumentVersion = commandService({
  permission: 'document:update',
  schema: CreateDocumentVersionSchema,
  run: async (ctx, tx, id, data): Promise<DocumentVersion> => {
    const doc = await loadDocumentForChange(ctx, tx, id);
    return toDocumentVersion((await insertDraftVersion(ctx, tx, doc, data)).version);
  },
});

/** Edits a draft; versions in review, approved or superseded are refused (422). */
export async function updateDocumentVersion(
  ctx: OrgContext,
  id: string,
  versionRef: string,
  input: UpdateDocumentVersionInput,
  expectedVersion?: number,
): Promise<DocumentVersion> {
  assertCan(ctx.role, 'document:update');
  const data = UpdateDocumentVersionSchema.parse(input);
  return changeVersion(ctx, id, versionRef, async (tx, doc, v) => {
    assertVersion(expectedVersion, v.version);
    if (v.status !== 'draft')
      throw new AppError(
        'RULE_VIOLATION',
        isVersionFrozen(v.status as DocumentVersionStatus)
          ? `Version ${v.number} is ${v.status} and frozen; start a new version to change the document.`
          : `Version ${v.number} is in review; it can be edited once sent back.`,
      );
    const content = data.content ?? v.content;
    const changeNote = data.changeNote ?? v.changeNote;
    if (content === v.content && changeNote === v.changeNote) return v;
    const contentHash = sha256Hex(content);
    return stepVersion(ctx, tx, doc, v, {
      at: new Date(),
      version: { content, changeNote, contentHash },
      action: 'document.version_edited',
      // The entry names the new hash and the one it replaces.
      data: { contentHash, previousHash: v.contentHash },
    });
  });
}

/** Submits a draft for review by the leads; an empty document is refused. */
export async function submitDocumentVersion(
  ctx: OrgContext,
  id: string,
  versionRef: string,
): Promise<DocumentVersion> {
  assertCan(ctx.role, 'document:update');
  return changeVersion(ctx, id, versionRef, async (tx, doc, v) => {
    const status = transition(v, 'submit');
    if (v.content.trim() === '')
      throw new AppError('RULE_VIOLATION', 'Write the document before submitting it.', {
        errors: [{ path: 'content', message: 'empty' }],
      });
    const at = new Date();
    return stepVersion(ctx, tx, doc, v, {
      at,
      version: { status, submittedBy: actorId(ctx), submittedAt: at },
      document: { status: statusWithout(doc, status) },
      action: 'document.version_submitted',
    });
  });
}

/**
 * Approves a version in review (§5.2, §7.5.2: by designated management — the leads). The version in force is
 * superseded, so exactly one version is approved at a time; the next review is the approval date plus the
 * document's interval (A.2.4). Self-approval is allowed and visible: author and approver are both recorded.
 */
export async function approveDocumentVersion(
  ctx: OrgContext,
  id: string,
  versionRef: string,
): Promise<DocumentVersion> {
  assertCan(ctx.role, 'document:approve');
  return changeVersion(ctx, id, versionRef, async (tx, doc, v) => {
    const status = transition(v, 'approve');
    const [org] = await tx
      .select({ documentFourEyes: tables.organizations.documentFourEyes })
      .from(tables.organizations)
      .where(eq(tables.organizations.id, ctx.orgId));
    const problems = documentApprovalProblems({
      fourEyes: org?.documentFourEyes ?? false,
      authoredBy: v.authoredBy,
      submittedBy: v.submittedBy,
      approverId: actorId(ctx),
    });
    if (problems.length > 0)
      throw new AppError(
        'RULE_VIOLATION',
        `Version ${v.number} cannot be approved by you: ${problems[0]!.message}.`,
        {
          errors: problems,
        },
      );
    const repo = documentRepository(tx);
    const at = new Date();
    for (const old of await repo.versions(ctx.orgId, id)) {
      if (old.status !== 'approved') continue;
      await stepVersion(ctx, tx, doc, old, {
        at,
        version: { status: transition(old, 'supersede'), supersededAt: at },
        action: 'document.version_superseded',
        data: { by: v.id },
      });
    }
    const approvedBy = actorId(ctx);
    const review = nextReviewDate(at, doc.reviewIntervalMonths);
    return stepVersion(ctx, tx, doc, v, {
      at,
      version: { status, approvedBy, approvedAt: at },
      document: {
        status: 'approved',
        currentVersionId: v.id,
        currentVersionNumber: v.number,
        currentContentHash: v.contentHash,
        approvedBy,
        approvedAt: at,
        nextReviewDate: review,
      },
      action: 'document.version_approved',
      data: { authoredBy: v.authoredBy, approvedBy, nextReviewDate: review },
    });
  });
}

/** Sends a version in review back to draft with the reason (leads only, like approval). */
export async function rejectDocumentVersion(
  ctx: OrgContext,
  id: string,
  versionRef: string,
  input: { note: string },
): Promise<DocumentVersion> {
  assertCan(ctx.role, 'document:approve');
  const { note } = RejectDocumentVersionSchema.parse(input);
  return changeVersion(ctx, id, versionRef, async (tx, doc, v) => {
    const status = transition(v, 'reject');
    const at = new Date();
    return stepVersion(ctx, tx, doc, v, {
      at,
      version: { status, rejectedBy: actorId(ctx), rejectedAt: at, rejectionNote: note },
      document: { status: statusWithout(doc, status) },
      action: 'document.version_rejected',
      data: { note },
    });
  });
}
