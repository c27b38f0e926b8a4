import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiSystem } from '../ai-systems/ai-system.service.ts';
import { createDocument } from '../documents/document.service.ts';
import { listLedger, verifyLedger } from '../ledger/ledger.service.ts';
import { createRisk } from '../risks/risk.service.ts';
import { getSoaEntry } from '../soa/soa-entry.service.ts';
import { samplePdf, samplePng } from '../testing/evidence-samples.ts';
import { buildContext } from '../testing/factories.ts';
import { diskBlobStore } from './blob-store.ts';
import {
  archiveEvidence,
  changeEvidenceLinks,
  createLinkEvidence,
  getEvidence,
  listEvidence,
  openEvidenceContent,
  updateEvidence,
  uploadEvidence,
} from './evidence.service.ts';

let database: Database;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-evidence-svc-'));
const blobs = diskBlobStore(root);
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const pdf = (name = 'eval-report.pdf') => ({
  bytes: samplePdf('Evaluation report'),
  fileName: name,
  mediaType: 'application/pdf',
});
const readAll = async (s: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(s).arrayBuffer());

describe('uploading evidence (§7.5.3)', () => {
  it('stores the file by hash, records size and type, links it to a control and fills the SoA entry', async () => {
    const ctx = await buildContext(database.db, { role: 'contributor' });
    const file = pdf();
    const ev = await uploadEvidence(ctx, blobs, file, {
      evidenceDate: '2026-03-01',
      validUntil: '2099-01-01',
      links: [{ targetType: 'control', targetId: 'A.6.2.4' }],
    });
    expect(ev).toMatchObject({
      kind: 'file',
      title: 'eval-report.pdf',
      sha256: crypto.createHash('sha256').update(file.bytes).digest('hex'),
      size: file.bytes.byteLength,
      mediaType: 'application/pdf',
      fileName: 'eval-report.pdf',
      evidenceDate: '2026-03-01',
      validity: 'valid',
      links: [{ targetType: 'control', targetId: 'A.6.2.4' }],
      version: 1,
    });
    expect(ev.id).toMatch(/^evd_/);
    expect((await getSoaEntry(ctx, 'A.6.2.4')).evidenceIds).toEqual([ev.id]);
    const content = await openEvidenceContent(ctx, blobs, ev.id);
    expect(Buffer.compare(await readAll(content.body), file.bytes)).toBe(0);
    const ledger = await listLedger(ctx, { limit: 10, entityType: 'evidence', entityId: ev.id });
    expect(ledger.items[0]).toMatchObject({
      action: 'evidence.created',
      data: { sha256: ev.sha256, size: ev.size },
    });
    expect((await verifyLedger(ctx.db, ctx.orgId)).ok).toBe(true);
  });

  it('stores the same content uploaded twice once, as two records', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const a = await uploadEvidence(ctx, blobs, pdf('a.pdf'), { evidenceDate: '2026-01-01' });
    const b = await uploadEvidence(ctx, blobs, pdf('b.pdf'), { evidenceDate: '2026-01-02' });
    expect(a.id).not.toBe(b.id);
    expect(a.sha256).toBe(b.sha256);
    const dir = path.join(root, a.sha256!.slice(0, 2), a.sha256!.slice(2, 4));
    expect(fs.readdirSync(dir).filter((f) => f.startsWith(a.sha256!))).toHaveLength(1);
  });

  it('refuses a file whose content is not its declared type (415), an unaccepted type, bad text and oversize (413)', async () => {
    const ctx = await buildContext(database.db, { role: 'owner' });
    const meta = { evidenceDate: '2026-01-01' };
    // Refused as unsupported (415): content that is not its declared type, a type not accepted, text that is not
    // UTF-8, markup, and JSON that does not parse.
    for (const file of [
      { bytes: samplePng(), fileName: 'x.pdf', mediaType: 'application/pdf' },
      { bytes: samplePdf(), fileName: 'x.txt', mediaType: 'text/plain' },
      { bytes: Buffer.from([0xff, 0xfe, 0x00, 0x41]), fileName: 'x.csv', mediaType: 'text/csv' },
      { bytes: Buffer.from('<html></html>'), fileName: 'x.html', mediaType: 'text/html' },
      { bytes: Buffer.from('{"a":'), fileName: 'x.json', mediaType: 'application/json' },
    ]) {
      await expect(uploadEvidence(ctx, blobs, file, meta), file.fileName).rejects.toMatchObject({
        code: 'UNSUPPORTED_MEDIA_TYPE',
      });
    }
    await expect(uploadEvidence(ctx, blobs, pdf(), meta, { maxBytes: 100 })).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
    await expect(
      uploadEvidence(ctx, blobs, { ...pdf(), bytes: new Uint8Array() }, meta),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await listEvidence(ctx, { limit: 50 })).items).toEqual([]);
  });

  it('takes the type from the extension when the browser sends a generic one, and cleans the file name', async () => {
    const ctx = await buildContext(database.db, { role: 'owner' });
    const ev = await uploadEvidence(
      ctx,
      blobs,
      {
        bytes: Buffer.from('metric,value\nauc,0.91\n'),
        fileName: '../../etc/results.csv',
        mediaType: 'application/octet-stream',
      },
      { evidenceDate: '2026-01-01' },
    );
    expect(ev).toMatchObject({ mediaType: 'text/csv', fileName: 'results.csv' });
  });

  it('refuses validity before the evidence date, links to another organization, and an owner who is not a member (422)', async () => {
    const ctx = await buildContext(database.db, { role: 'owner' });
    const other = await buildContext(database.db, { role: 'owner' });
    const foreignRisk = await createRisk(other, { title: 'Foreign', likelihood: 1, consequence: 1 });
    const linkEvidence = (more: Partial<Parameters<typeof createLinkEvidence>[1]>) =>
      createLinkEvidence(ctx, {
        url: 'https://example.com',
        title: 'x',
        evidenceDate: '2026-01-01',
        ...more,
      });
    await expect(
      uploadEvidence(ctx, blobs, pdf(), { evidenceDate: '2026-05-01', validUntil: '2026-04-01' }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION', errors: [{ path: 'validUntil' }] });
    await expect(
      linkEvidence({ links: [{ targetType: 'risk', targetId: foreignRisk.id }] }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION', errors: [{ path: 'links.0.targetId' }] });
    const foreignDoc = await createDocument(other, {
      title: 'Foreign policy',
      type: 'policy',
      content: '# x',
    });
    await expect(
      linkEvidence({ links: [{ targetType: 'document', targetId: foreignDoc.id }] }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION', errors: [{ path: 'links.0.targetId' }] });
    await expect(linkEvidence({ ownerId: other.actor.userId })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    expect((await listEvidence(ctx, { limit: 50 })).items).toEqual([]);
  });

  it('lets viewers and auditors read but not upload', async () => {
    const viewer = await buildContext(database.db, { role: 'viewer' });
    await expect(uploadEvidence(viewer, blobs, pdf(), { evidenceDate: '2026-01-01' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const auditor = await buildContext(database.db, { role: 'auditor', orgId: viewer.orgId });
    await expect(
      createLinkEvidence(auditor, { url: 'https://x.test', title: 't', evidenceDate: '2026-01-01' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listEvidence(auditor, { limit: 5 })).items).toEqual([]);
  });
});

describe('evidence records', () => {
  it('hides another organization’s evidence and its content', async () => {
    const a = await buildContext(database.db, { role: 'owner' });
    const b = await buildContext(database.db, { role: 'owner' });
    const ev = await uploadEvidence(a, blobs, pdf(), { evidenceDate: '2026-01-01' });
    await expect(getEvidence(b, ev.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(openEvidenceContent(b, blobs, ev.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateEvidence(b, ev.id, { title: 'mine' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      changeEvidenceLinks(b, ev.id, { links: [{ targetType: 'clause', targetId: '9.1' }] }, 'add'),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(archiveEvidence(b, ev.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('links and unlinks risks, AI systems and clauses with ledger entries, and filters by target', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const risk = await createRisk(ctx, { title: 'Bias', likelihood: 2, consequence: 3 });
    const sys = await createAiSystem(ctx, { name: 'Scorer', purpose: 'credit' });
    const ev = await createLinkEvidence(ctx, {
      url: 'https://dash.example.com/fairness',
      title: 'Fairness dashboard',
      evidenceDate: '2026-02-01',
    });
    expect(ev).toMatchObject({ kind: 'link', sha256: null, validity: 'no_expiry', links: [] });
    const linked = await changeEvidenceLinks(
      ctx,
      ev.id,
      {
        links: [
          { targetType: 'risk', targetId: risk.id },
          { targetType: 'ai_system', targetId: sys.id },
          { targetType: 'clause', targetId: '9.1' },
        ],
      },
      'add',
    );
    expect(linked.links).toEqual([
      { targetType: 'clause', targetId: '9.1' },
      { targetType: 'risk', targetId: risk.id },
      { targetType: 'ai_system', targetId: sys.id },
    ]);
    expect(linked.version).toBe(2);
    expect(
      (await listEvidence(ctx, { limit: 50, targetType: 'risk', targetId: risk.id })).items.map((e) => e.id),
    ).toEqual([ev.id]);
    expect(
      (await listEvidence(ctx, { limit: 50, targetType: 'control', targetId: 'A.6.2.4' })).items,
    ).toEqual([]);
    const again = await changeEvidenceLinks(
      ctx,
      ev.id,
      { links: [{ targetType: 'risk', targetId: risk.id }] },
      'add',
    );
    expect(again.version).toBe(2);
    const unlinked = await changeEvidenceLinks(
      ctx,
      ev.id,
      { links: [{ targetType: 'risk', targetId: risk.id }] },
      'remove',
    );
    expect(unlinked.links.map((l) => l.targetType)).toEqual(['clause', 'ai_system']);
    const actions = (await listLedger(ctx, { limit: 10, entityType: 'evidence', entityId: ev.id })).items.map(
      (e) => e.action,
    );
    expect(actions).toEqual(['evidence.unlinked', 'evidence.linked', 'evidence.created']);
  });

  it('filters by validity, kind and search, and pages', async () => {
    const ctx = await buildContext(database.db, { role: 'owner' });
    const today = new Date().toISOString().slice(0, 10);
    const plus = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
    const expired = await createLinkEvidence(ctx, {
      url: 'https://a.test',
      title: 'Old pen test',
      evidenceDate: '2025-01-01',
      validUntil: plus(-1),
    });
    const soon = await createLinkEvidence(ctx, {
      url: 'https://b.test',
      title: 'Bias audit',
      evidenceDate: '2025-01-01',
      validUntil: plus(10),
    });
    const fine = await uploadEvidence(ctx, blobs, pdf('model-card.pdf'), {
      title: 'Model card',
      evidenceDate: today,
      validUntil: plus(365),
    });
    expect(expired.validity).toBe('expired');
    expect(soon.validity).toBe('expiring_soon');
    const ids = async (q: Parameters<typeof listEvidence>[1]) =>
      (await listEvidence(ctx, q)).items.map((e) => e.id);
    expect(await ids({ limit: 50, validity: 'expired' })).toEqual([expired.id]);
    expect(await ids({ limit: 50, validity: 'expiring_soon' })).toEqual([soon.id]);
    expect(await ids({ limit: 50, validity: 'valid' })).toEqual([fine.id]);
    expect(await ids({ limit: 50, kind: 'file' })).toEqual([fine.id]);
    expect(await ids({ limit: 50, q: 'bias' })).toEqual([soon.id]);
    expect(await ids({ limit: 50, sort: 'title' })).toEqual([soon.id, fine.id, expired.id]);
    const first = await listEvidence(ctx, { limit: 2, sort: 'title' });
    expect(first.nextCursor).not.toBeNull();
    expect(
      (await listEvidence(ctx, { limit: 2, sort: 'title', cursor: first.nextCursor! })).items.map(
        (e) => e.id,
      ),
    ).toEqual([expired.id]);
  });

  it('updates metadata with versions, archives (leads only) and then freezes', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const ev = await uploadEvidence(ctx, blobs, pdf(), { evidenceDate: '2026-01-01' });
    await expect(updateEvidence(ctx, ev.id, { title: 'x' }, 7)).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });
    await expect(updateEvidence(ctx, ev.id, { url: 'https://x.test' })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    const up = await updateEvidence(
      ctx,
      ev.id,
      { title: 'Evaluation report Q1', validUntil: '2027-01-01' },
      1,
    );
    expect(up).toMatchObject({
      title: 'Evaluation report Q1',
      validUntil: '2027-01-01',
      version: 2,
      sha256: ev.sha256,
    });
    const contributor = await buildContext(database.db, { role: 'contributor', orgId: ctx.orgId });
    await expect(archiveEvidence(contributor, ev.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const archived = await archiveEvidence(ctx, ev.id);
    expect(archived.archivedAt).not.toBeNull();
    expect((await listEvidence(ctx, { limit: 50 })).items).toEqual([]);
    expect((await listEvidence(ctx, { limit: 50, archived: 'true' })).items.map((e) => e.id)).toEqual([
      ev.id,
    ]);
    await expect(updateEvidence(ctx, ev.id, { title: 'y' })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    const ledger = await listLedger(ctx, { limit: 10, entityType: 'evidence', entityId: ev.id });
    expect(ledger.items.map((e) => [e.action, (e.data as { sha256: string }).sha256])).toEqual([
      ['evidence.archived', ev.sha256],
      ['evidence.updated', ev.sha256],
      ['evidence.created', ev.sha256],
    ]);
  });
});
