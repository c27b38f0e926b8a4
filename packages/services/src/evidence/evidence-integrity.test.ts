import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database, Db } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePdf } from '../testing/evidence-samples.ts';
import { buildContext } from '../testing/factories.ts';
import { diskBlobStore } from './blob-store.ts';
import { uploadEvidence } from './evidence.service.ts';
import { verifyEvidenceFiles } from './evidence-integrity.ts';

let database: Database;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-evidence-integrity-'));
const blobs = diskBlobStore(root);
const fileOf = (sha: string) => path.join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const meta = { evidenceDate: '2026-03-01', links: [] };
const pdf = (text: string) => ({
  bytes: samplePdf(text),
  fileName: `${text}.pdf`,
  mediaType: 'application/pdf',
});

describe('evidence that stays true (issue 11, §7.5.3)', () => {
  it('re-hashes every stored file and names each altered or missing one', async () => {
    const ctx = await buildContext(database.db);
    const a = await uploadEvidence(ctx, blobs, pdf('intact'), meta);
    const b = await uploadEvidence(ctx, blobs, pdf('altered'), meta);
    const c = await uploadEvidence(ctx, blobs, pdf('vanished'), meta);
    expect(await verifyEvidenceFiles(ctx.db, blobs, ctx.orgId)).toEqual({
      ok: true,
      checked: 3,
      problems: [],
    });
    const bytes = fs.readFileSync(fileOf(b.sha256!));
    bytes[10]! ^= 0xff;
    fs.writeFileSync(fileOf(b.sha256!), bytes);
    fs.rmSync(fileOf(c.sha256!));
    const r = await verifyEvidenceFiles(ctx.db, blobs, ctx.orgId);
    expect(r.ok).toBe(false);
    expect(r.checked).toBe(3);
    expect(r.problems.map((p) => [p.evidenceId, p.problem]).sort()).toEqual(
      [
        [b.id, 'mismatch'],
        [c.id, 'missing'],
      ].sort(),
    );
    expect(r.problems.some((p) => p.evidenceId === a.id)).toBe(false);
  });

  it('removes the blob it wrote when the transaction then fails, and keeps one a record uses', async () => {
    const ctx = await buildContext(database.db);
    const failing = Object.create(ctx.db, {
      transaction: { value: () => Promise.reject(new Error('the database went away')) },
    }) as Db;
    const file = pdf('never recorded');
    await expect(uploadEvidence({ ...ctx, db: failing }, blobs, file, meta)).rejects.toThrow('went away');
    const sha = (await blobs.put(file.bytes)).sha256;
    expect(fs.existsSync(fileOf(sha))).toBe(true); // put again just now, to learn the hash
    await blobs.delete(sha);

    await expect(uploadEvidence({ ...ctx, db: failing }, blobs, file, meta)).rejects.toThrow();
    expect(fs.existsSync(fileOf(sha))).toBe(false);

    const kept = await uploadEvidence(ctx, blobs, pdf('recorded'), meta);
    await expect(uploadEvidence({ ...ctx, db: failing }, blobs, pdf('recorded'), meta)).rejects.toThrow();
    expect(fs.existsSync(fileOf(kept.sha256!))).toBe(true);
  });
});
