// The next draft version of a controlled document (§7.5.3 control of changes), shared by creating a document with
// content and by starting a new version — one module, so the document and version services need not import each other.
import { AppError, type DocumentVersionStatus, isVersionOpen, newId } from '@openaims/core';
import type { Db } from '@openaims/db';
import { actorId } from '../common/actor.ts';
import { sha256Hex } from '../common/hash.ts';
import { recordStep } from '../common/recorded-step.ts';
import type { OrgContext } from '../context.ts';
import { type DocumentRow, type DocumentVersionRow, documentRepository } from './document.repository.ts';

/** How a version's status reads in a sentence. */
export const LABEL: Record<DocumentVersionStatus, string> = {
  draft: 'a draft',
  in_review: 'in review',
  approved: 'approved',
  superseded: 'superseded',
};

/** The document's status while no version is in force follows its newest version. */
export const statusWithout = (doc: DocumentRow, newest: DocumentVersionStatus) =>
  doc.currentVersionId ? 'approved' : newest === 'in_review' ? 'in_review' : 'draft';

/** Inserts the next draft version (refused while another version is open) and records it with its hash. */
export async function insertDraftVersion(
  ctx: OrgContext,
  tx: Db,
  doc: DocumentRow,
  input: { content: string; changeNote: string },
): Promise<{ doc: DocumentRow; version: DocumentVersionRow }> {
  const repo = documentRepository(tx);
  const open = (await repo.versions(ctx.orgId, doc.id)).find((v) =>
    isVersionOpen(v.status as DocumentVersionStatus),
  );
  if (open)
    throw new AppError(
      'RULE_VIOLATION',
      `Version ${open.number} is still ${LABEL[open.status as DocumentVersionStatus]}; finish it before starting another.`,
    );
  const at = new Date();
  const version = await repo.insertVersion({
    id: newId('documentVersion'),
    organizationId: ctx.orgId,
    documentId: doc.id,
    number: doc.latestVersionNumber + 1,
    status: 'draft',
    content: input.content,
    contentHash: sha256Hex(input.content),
    changeNote: input.changeNote,
    authoredBy: actorId(ctx),
    submittedBy: null,
    submittedAt: null,
    approvedBy: null,
    approvedAt: null,
    rejectedBy: null,
    rejectedAt: null,
    rejectionNote: '',
    supersededAt: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  });
  const updated = await recordStep(ctx, tx, {
    rows: repo,
    current: doc,
    set: { latestVersionNumber: version.number, status: statusWithout(doc, 'draft') },
    at,
    entityType: 'document',
    action: 'document.version_drafted',
    data: () => ({ versionId: version.id, number: version.number, contentHash: version.contentHash }),
  });
  return { doc: updated, version };
}
