import { createHash } from 'node:crypto';
import { addMonths } from '@openaims/core';
import { type Database, tables } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listLedger, verifyLedger } from '../ledger/ledger.service.ts';
import { buildContext } from '../testing/factories.ts';
import { expectRefusedByDatabase } from '../testing/refused-sql.ts';
import {
  acknowledgeDocument,
  createDocument,
  getDocument,
  listDocumentAcknowledgements,
  listDocuments,
  updateDocument,
} from './document.service.ts';
import {
  approveDocumentVersion,
  createDocumentVersion,
  getDocumentVersion,
  listDocumentVersions,
  rejectDocumentVersion,
  submitDocumentVersion,
  updateDocumentVersion,
} from './document-version.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const today = () => new Date().toISOString().slice(0, 10);

async function setup() {
  const lead = await buildContext(database.db, { role: 'manager' });
  const editor = await buildContext(database.db, { role: 'contributor', orgId: lead.orgId });
  return { lead, editor };
}

describe('documents', () => {
  it('walks draft → in review → approved, hashes the content, sets the next review and supersedes on the next approval', async () => {
    const { lead, editor } = await setup();
    const doc = await createDocument(editor, {
      title: 'AI policy',
      type: 'policy',
      mandatoryKey: 'ai_policy',
      requirementRefs: ['5.2', 'A.2.2'],
      reviewIntervalMonths: 12,
      content: '# AI policy\n\nWe use AI responsibly.',
    });
    expect(doc).toMatchObject({
      status: 'draft',
      latestVersionNumber: 1,
      currentVersionId: null,
      reviewOverdue: false,
      ownerId: editor.actor.userId,
    });
    const v1 = await getDocumentVersion(editor, doc.id, '1');
    expect(v1).toMatchObject({
      status: 'draft',
      contentHash: sha('# AI policy\n\nWe use AI responsibly.'),
      authoredBy: editor.actor.userId,
    });

    await expect(approveDocumentVersion(lead, doc.id, v1.id)).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    await submitDocumentVersion(editor, doc.id, v1.id);
    expect((await getDocument(editor, doc.id)).status).toBe('in_review');
    await expect(approveDocumentVersion(editor, doc.id, v1.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const approved = await approveDocumentVersion(lead, doc.id, v1.id);
    expect(approved).toMatchObject({ status: 'approved', approvedBy: lead.actor.userId });
    const after = await getDocument(editor, doc.id);
    expect(after).toMatchObject({
      status: 'approved',
      currentVersionId: v1.id,
      currentVersionNumber: 1,
      currentContentHash: v1.contentHash,
      approvedBy: lead.actor.userId,
      nextReviewDate: addMonths(approved.approvedAt!.slice(0, 10), 12),
    });

    // Frozen: the approved version cannot be edited, a change goes through version 2.
    await expect(updateDocumentVersion(editor, doc.id, v1.id, { content: 'changed' })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    const v2 = await createDocumentVersion(editor, doc.id, {
      content: '# AI policy\n\nRevised.',
      changeNote: 'annual review',
    });
    expect(v2.number).toBe(2);
    await expect(createDocumentVersion(editor, doc.id, { content: 'another' })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    expect((await getDocument(editor, doc.id)).status).toBe('approved');
    await submitDocumentVersion(editor, doc.id, '2');
    await approveDocumentVersion(lead, doc.id, '2');

    const versions = await listDocumentVersions(editor, doc.id, { limit: 50 });
    expect(versions.items.map((v) => [v.number, v.status])).toEqual([
      [2, 'approved'],
      [1, 'superseded'],
    ]);
    expect(versions.items.filter((v) => v.status === 'approved')).toHaveLength(1);
    expect((await getDocument(editor, doc.id)).currentVersionNumber).toBe(2);

    const ledger = await listLedger(lead, { limit: 50, entityId: doc.id });
    const actions = ledger.items.map((e) => e.action).reverse();
    expect(actions).toEqual([
      'document.created',
      'document.version_drafted',
      'document.version_submitted',
      'document.version_approved',
      'document.version_drafted',
      'document.version_submitted',
      'document.version_superseded',
      'document.version_approved',
    ]);
    const approval = ledger.items.find((e) => e.action === 'document.version_approved');
    expect(approval!.data).toMatchObject({ contentHash: sha('# AI policy\n\nRevised.'), number: 2 });
    expect((await verifyLedger(database.db, lead.orgId)).ok).toBe(true);
  });

  it('sends a version back with a reason, lets the draft be edited (new hash) and refuses empty or stale edits', async () => {
    const { lead, editor } = await setup();
    const doc = await createDocument(editor, { title: 'Risk procedure', type: 'procedure', ownerId: null });
    expect(doc).toMatchObject({ latestVersionNumber: 0, ownerId: null });
    const v = await createDocumentVersion(editor, doc.id, { content: '   ' });
    await expect(submitDocumentVersion(editor, doc.id, v.id)).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    const edited = await updateDocumentVersion(editor, doc.id, v.id, { content: 'Steps.' }, 1);
    expect(edited).toMatchObject({ version: 2, contentHash: sha('Steps.') });
    await expect(updateDocumentVersion(editor, doc.id, v.id, { content: 'x' }, 1)).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });
    await submitDocumentVersion(editor, doc.id, v.id);
    await expect(updateDocumentVersion(editor, doc.id, v.id, { content: 'sneaky' })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    await expect(rejectDocumentVersion(editor, doc.id, v.id, { note: 'no' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const back = await rejectDocumentVersion(lead, doc.id, v.id, { note: 'Name the risk owner' });
    expect(back).toMatchObject({
      status: 'draft',
      rejectionNote: 'Name the risk owner',
      rejectedBy: lead.actor.userId,
    });
    expect((await getDocument(editor, doc.id)).status).toBe('draft');
  });

  it('keeps one document per mandatory item, checks owners, and moves the review date with the interval', async () => {
    const { lead, editor } = await setup();
    await createDocument(editor, { title: 'Scope', type: 'scope', mandatoryKey: 'aims_scope' });
    await expect(
      createDocument(editor, { title: 'Scope 2', type: 'scope', mandatoryKey: 'aims_scope' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      createDocument(editor, { title: 'X', type: 'other', ownerId: 'usr_nobody' }),
    ).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      errors: [{ path: 'ownerId' }],
    });
    const doc = await createDocument(editor, {
      title: 'Plan',
      type: 'plan',
      ownerId: lead.actor.userId,
      content: 'Plan.',
    });
    await submitDocumentVersion(editor, doc.id, '1');
    const v = await approveDocumentVersion(lead, doc.id, '1');
    const cur = await getDocument(editor, doc.id);
    await expect(
      updateDocument(editor, doc.id, { reviewIntervalMonths: 3 }, cur.version - 1),
    ).rejects.toMatchObject({ code: 'STALE_VERSION' });
    const moved = await updateDocument(editor, doc.id, { reviewIntervalMonths: 3 }, cur.version);
    expect(moved.nextReviewDate).toBe(addMonths(v.approvedAt!.slice(0, 10), 3));
    const ledger = await listLedger(lead, { limit: 5, entityId: doc.id });
    expect(ledger.items[0]).toMatchObject({ action: 'document.updated' });
  });

  it('lets only one of two concurrent creations claim a mandatory item (409 for the other)', async () => {
    const { editor } = await setup();
    const results = await Promise.allSettled([
      createDocument(editor, { title: 'Objectives A', type: 'plan', mandatoryKey: 'ai_objectives' }),
      createDocument(editor, { title: 'Objectives B', type: 'plan', mandatoryKey: 'ai_objectives' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'CONFLICT' });
    expect((await listDocuments(editor, { limit: 50, mandatoryKey: 'ai_objectives' })).items).toHaveLength(1);
  });

  it('filters by type, status, mandatory item, overdue review and search', async () => {
    const { lead, editor } = await setup();
    const policy = await createDocument(editor, {
      title: 'Acceptable use of AI',
      type: 'policy',
      content: 'Be careful.',
    });
    await createDocument(editor, { title: 'Data preparation procedure', type: 'procedure' });
    await submitDocumentVersion(editor, policy.id, '1');
    await approveDocumentVersion(lead, policy.id, '1');
    // Simulate a review date in the past (as if approved long ago).
    await database.db
      .update(tables.documents)
      .set({ nextReviewDate: '2020-01-01' })
      .where(eq(tables.documents.id, policy.id));
    const ids = async (q: Parameters<typeof listDocuments>[1]) =>
      (await listDocuments(editor, q)).items.map((d) => d.title);
    expect(await ids({ limit: 50, type: 'policy' })).toEqual(['Acceptable use of AI']);
    expect(await ids({ limit: 50, status: 'draft' })).toEqual(['Data preparation procedure']);
    expect(await ids({ limit: 50, reviewOverdue: 'true' })).toEqual(['Acceptable use of AI']);
    expect(await ids({ limit: 50, reviewOverdue: 'false' })).toEqual(['Data preparation procedure']);
    expect(await ids({ limit: 50, q: 'prepar' })).toEqual(['Data preparation procedure']);
    expect((await getDocument(editor, policy.id)).reviewOverdue).toBe(true);
    expect(await ids({ limit: 1, sort: '-title' })).toEqual(['Data preparation procedure']);
    expect(today() > '2020-01-01').toBe(true);
  });

  it('records one acknowledgement per member and approved version, only by a signed-in member', async () => {
    const { lead, editor } = await setup();
    const doc = await createDocument(editor, { title: 'AI policy', type: 'policy', content: 'Text' });
    await expect(acknowledgeDocument(editor, doc.id)).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    await submitDocumentVersion(editor, doc.id, '1');
    await approveDocumentVersion(lead, doc.id, '1');
    const viewer = await buildContext(database.db, { role: 'viewer', orgId: lead.orgId });
    await expect(acknowledgeDocument(viewer, doc.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const asToken = {
      ...editor,
      actor: { type: 'token' as const, id: 'tok_x', userId: editor.actor.userId },
    };
    await expect(acknowledgeDocument(asToken, doc.id)).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    const a1 = await acknowledgeDocument(editor, doc.id);
    const again = await acknowledgeDocument(editor, doc.id);
    expect(again.id).toBe(a1.id);
    await acknowledgeDocument(lead, doc.id);
    const acks = await listDocumentAcknowledgements(viewer, doc.id, { limit: 50 });
    expect(acks.items).toHaveLength(2);
    expect(acks.items.every((a) => a.versionNumber === 1 && a.userName)).toBe(true);
    const ledger = await listLedger(lead, { limit: 50, entityId: doc.id });
    const ackEntries = ledger.items.filter((e) => e.action === 'document.acknowledged');
    expect(ackEntries).toHaveLength(2);
    expect(ackEntries[0]!.data).toMatchObject({ contentHash: sha('Text') });
  });

  it("hides another organization's documents and versions", async () => {
    const { editor } = await setup();
    const other = await buildContext(database.db, { role: 'owner' });
    const doc = await createDocument(other, { title: 'Theirs', type: 'policy', content: 'x' });
    await expect(getDocument(editor, doc.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getDocumentVersion(editor, doc.id, '1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(submitDocumentVersion(editor, doc.id, '1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listDocuments(editor, { limit: 50 })).items.some((d) => d.id === doc.id)).toBe(false);
  });

  it('refuses at the database to change or delete an approved version', async () => {
    const { lead, editor } = await setup();
    const doc = await createDocument(editor, { title: 'Frozen', type: 'policy', content: 'Original' });
    await submitDocumentVersion(editor, doc.id, '1');
    const v = await approveDocumentVersion(lead, doc.id, '1');
    await expectRefusedByDatabase(
      database.db,
      sql`update document_versions set content = 'tampered' where id = ${v.id}`,
      sql`delete from document_versions where id = ${v.id}`,
    );
    expect((await getDocumentVersion(editor, doc.id, v.id)).content).toBe('Original');
  });
});
