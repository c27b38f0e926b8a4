import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  completeAudit,
  createAudit,
  listChecklist,
  startAudit,
  updateChecklistItem,
} from '../audits/audit.service.ts';
import { diskBlobStore } from '../evidence/blob-store.ts';
import { uploadEvidence } from '../evidence/evidence.service.ts';
import {
  approveManagementReview,
  createManagementReview,
  freezeManagementReview,
} from '../management-reviews/management-review.service.ts';
import { createRisk } from '../risks/risk.service.ts';
import { updateSoaEntry } from '../soa/soa-entry.service.ts';
import { approveSoaVersion, submitSoa } from '../soa/soa-version.service.ts';
import { samplePdf } from '../testing/evidence-samples.ts';
import { buildContext, decideRemainingSoa } from '../testing/factories.ts';
import { flipOneByte, rezipPack, unzipPack } from '../testing/pack-zip.ts';
import { auditPack } from './audit-pack.service.ts';
import { instanceKey } from './instance-key.ts';
import type { PackSection } from './sections.ts';
import { directorySource, verifyPack } from './verify.mjs';
import { zipPackSource } from './zip-source.ts';

const run = promisify(execFile);
let database: Database;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-pack-'));
const blobs = diskBlobStore(path.join(root, 'blobs'));
let packFile: string;
let evidenceSha: string;
let auditId: string;
let reviewId: string;

beforeAll(async () => {
  database = await testDatabase();
  const ctx = await buildContext(database.db, { role: 'owner' });
  const ev = await uploadEvidence(
    ctx,
    blobs,
    { bytes: samplePdf('Bias evaluation'), fileName: 'bias-eval.pdf', mediaType: 'application/pdf' },
    { evidenceDate: '2026-03-01', links: [{ targetType: 'control', targetId: 'A.6.2.4' }] },
  );
  evidenceSha = ev.sha256!;
  await createRisk(ctx, { title: 'Drift', likelihood: 2, consequence: 3, controlRefs: ['A.6.2.4'] } as never);
  // A completed internal audit (§9.2) and an approved management review (§9.3) go into the pack too.
  const audit = await createAudit(ctx, {
    title: 'Internal audit 2026',
    scope: { clauses: ['9.2'] },
    sampleSize: 0,
  });
  auditId = audit.id;
  await startAudit(ctx, audit.id);
  for (const i of (await listChecklist(ctx, audit.id)).items)
    await updateChecklistItem(ctx, i.id, { result: 'conforming' });
  await completeAudit(ctx, audit.id, { conclusion: 'Conforming.' });
  const review = await createManagementReview(ctx, {
    title: 'Management review 2026',
    plannedDate: '2026-11-30',
  });
  reviewId = review.id;
  await freezeManagementReview(ctx, review.id);
  await approveManagementReview(ctx, review.id);
  const auditor = await buildContext(database.db, { role: 'auditor', orgId: ctx.orgId });
  const pack = await auditPack(auditor, blobs, {});
  packFile = path.join(root, pack.filename);
  await pipeline(pack.stream, fs.createWriteStream(packFile));
  await pack.done;
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const unzip = unzipPack;
const rezip = rezipPack;
const flip = flipOneByte;

async function verifyZip(file: string) {
  const src = await zipPackSource(file);
  try {
    return await verifyPack(src);
  } finally {
    src.close();
  }
}

describe('the audit pack (issue 11)', () => {
  it('holds the reports, OSCAL, the BOM, evidence under its SHA-256, the ledger, index.html and verify.mjs', async () => {
    const src = await zipPackSource(packFile);
    const names = await src.list();
    const manifest = JSON.parse(await src.readText('manifest.json'));
    const index = await src.readText('index.html');
    src.close();
    expect(names).toEqual(
      expect.arrayContaining([
        'reports/soa.pdf',
        'reports/soa.xlsx',
        'reports/risks.pdf',
        'reports/risks.xlsx',
        'oscal/oscal-catalog.json',
        'oscal/oscal-profile.json',
        'oscal/oscal-ssp.json',
        'inventory/cyclonedx.json',
        `audits/${auditId}/audit-report.pdf`,
        `audits/${auditId}/oscal-assessment-plan.json`,
        `audits/${auditId}/oscal-assessment-results.json`,
        'oscal/oscal-poam.json',
        `reports/management-reviews/management-review-${reviewId}.pdf`,
        `evidence/${evidenceSha}.pdf`,
        'evidence/index.json',
        'ledger/entries.jsonl',
        'index.html',
        'verify.mjs',
        'manifest.json',
      ]),
    );
    expect(manifest.files.map((f: { path: string }) => f.path).sort()).toEqual(
      names.filter((n) => n !== 'manifest.json').sort(),
    );
    const key = await instanceKey(database.db);
    expect(manifest.publicKey).toBe(key.publicKeyPem);
    expect(manifest.keyFingerprint).toBe(key.fingerprint);
    expect(manifest.ledger.count).toBeGreaterThan(0);
    expect(manifest.ledger.lastSeq).toBe(manifest.ledger.chainHead.seq);
    expect(index).toContain(`href="evidence/${evidenceSha}.pdf"`);
    expect(index).toContain('A.6.2.4');
  });

  it('passes both verifiers untouched, offline', async () => {
    expect((await verifyZip(packFile)).ok).toBe(true);
    const dir = path.join(root, 'unpacked-ok');
    await unzip(packFile, dir);
    const r = await run(process.execPath, ['verify.mjs'], { cwd: dir });
    expect(r.stdout).toContain('OK:');
  });

  it('fails both verifiers naming the file when one byte of one file changes', async () => {
    const target = `evidence/${evidenceSha}.pdf`;
    const bad = path.join(root, 'altered.zip');
    await rezip(packFile, bad, (n, b) => (n === target ? flip(b) : b));
    const r = await verifyZip(bad);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([expect.objectContaining({ path: target, problem: 'altered' })]);

    const dir = path.join(root, 'unpacked-bad');
    await unzip(packFile, dir);
    const file = path.join(dir, 'reports', 'soa.csv');
    fs.writeFileSync(file, flip(fs.readFileSync(file)));
    const e = await run(process.execPath, [path.join(dir, 'verify.mjs')]).catch((x) => x);
    expect(e.code).toBe(1);
    expect(e.stdout).toMatch(/ALTERED\s+reports\/soa\.csv/);
  });

  it('names missing and extra files, and a manifest that no longer matches its signature', async () => {
    const bad = path.join(root, 'missing-extra.zip');
    await rezip(packFile, bad, (n, b) => (n === 'reports/risks.pdf' ? null : b), [
      'notes.txt',
      'added later',
    ]);
    const r = await verifyZip(bad);
    expect(r.problems.map((p) => `${p.problem} ${p.path}`).sort()).toEqual([
      'extra notes.txt',
      'missing reports/risks.pdf',
    ]);

    const dir = path.join(root, 'unpacked-manifest');
    await unzip(packFile, dir);
    const mf = path.join(dir, 'manifest.json');
    const m = JSON.parse(fs.readFileSync(mf, 'utf8'));
    m.organization.name = 'Someone else';
    fs.writeFileSync(mf, JSON.stringify(m));
    const r2 = await verifyPack(directorySource(dir));
    expect(r2.problems).toEqual([expect.objectContaining({ path: 'manifest.json', problem: 'signature' })]);
  });

  it('recomputes the ledger chain of the excerpt', async () => {
    const dir = path.join(root, 'unpacked-ledger');
    await unzip(packFile, dir);
    const lf = path.join(dir, 'ledger', 'entries.jsonl');
    const lines = fs.readFileSync(lf, 'utf8').trim().split('\n');
    const first = JSON.parse(lines[0]!);
    first.data = { forged: true };
    lines[0] = JSON.stringify(first);
    fs.writeFileSync(lf, `${lines.join('\n')}\n`);
    const r = await verifyPack(directorySource(dir));
    expect(r.problems.map((p) => p.problem).sort()).toEqual(['altered', 'ledger']);
    expect(r.problems.find((p) => p.problem === 'ledger')?.detail).toMatch(/digest/);
  });

  it('is refused to roles without audit-pack:export before anything is read', async () => {
    const viewer = await buildContext(database.db, { role: 'viewer' });
    await expect(auditPack(viewer, blobs)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const owner = await buildContext(database.db, { role: 'owner' });
    await expect(auditPack(owner, blobs, { from: '2026-05-01', to: '2026-01-01' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('renders the next file only once the zip has taken the last: nothing queues ahead of a slow reader', async () => {
    const owner = await buildContext(database.db, { role: 'owner' });
    let written = 0;
    const section: PackSection = {
      key: 'bulk',
      title: 'Bulk',
      permission: 'soa:read',
      async write(out) {
        // Stored, not deflated (.pdf), so each file is 1 MB of zip output.
        for (let i = 0; i < 5; i++) {
          await out.addBytes(`bulk/file-${i}.pdf`, Buffer.alloc(1024 * 1024, i));
          written++;
        }
      },
    };
    const pack = await auditPack(owner, blobs, {}, [section]);
    // Nobody reads yet: the first file fills the zip's buffers and the section waits.
    await new Promise((r) => setTimeout(r, 300));
    expect(written).toBeLessThanOrEqual(1);
    const file = path.join(root, `bulk-${pack.filename}`);
    await pipeline(pack.stream, fs.createWriteStream(file));
    const manifest = await pack.done;
    expect(written).toBe(5);
    expect(manifest.sections[0]?.files).toEqual([0, 1, 2, 3, 4].map((i) => `bulk/file-${i}.pdf`));
    const src = await zipPackSource(file);
    expect((await src.list()).filter((n) => n.startsWith('bulk/'))).toHaveLength(5);
    src.close();
  });

  it('reports the approved SoA as it was approved, not the working draft edited since', async () => {
    const owner = await buildContext(database.db, { role: 'owner' });
    await updateSoaEntry(owner, 'A.10.4', { applicable: false, justification: 'Approved wording' });
    await decideRemainingSoa(database.db, owner.orgId);
    const v = await submitSoa(owner, { note: 'for the pack' });
    await approveSoaVersion(owner, v.id);
    await updateSoaEntry(owner, 'A.10.4', { justification: 'Later draft wording' });
    const pack = await auditPack(owner, blobs, {});
    const file = path.join(root, `approved-${pack.filename}`);
    await pipeline(pack.stream, fs.createWriteStream(file));
    await pack.done;
    const src = await zipPackSource(file);
    const csv = await src.readText('reports/soa.csv');
    const index = await src.readText('index.html');
    src.close();
    expect(csv).toContain('Approved wording');
    expect(csv).not.toContain('Later draft wording');
    expect(index).toContain('Approved wording');
    expect(index).toMatch(/Approved version 1 .*approved content/);
  });
});
