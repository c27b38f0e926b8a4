import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { canonicalJson } from '@openaims/core';
import { type Database, openDatabase, tables } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { getTableName, isTable } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiSystem } from '../ai-systems/ai-system.service.ts';
import { diskBlobStore } from '../evidence/blob-store.ts';
import { openEvidenceContent, uploadEvidence } from '../evidence/evidence.service.ts';
import { verifyLedger } from '../ledger/ledger.service.ts';
import { createRisk } from '../risks/risk.service.ts';
import { samplePdf } from '../testing/evidence-samples.ts';
import { buildContext } from '../testing/factories.ts';
import { flipOneByte, rezipPack } from '../testing/pack-zip.ts';
import { restoreBackup, writeBackup } from './backup.service.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-backup-'));
const sourceBlobs = diskBlobStore(path.join(root, 'source-blobs'));
let source: Database;
const opened: Database[] = [];
let orgA: string;
let orgB: string;
let evidenceId: string;
const pdfBytes = samplePdf('Red-team report');
const backupFile = path.join(root, 'instance.zip');

const allTables = Object.values(tables).filter((t) => isTable(t)) as PgTable[];

/** Every table's rows as sorted canonical JSON (engine-neutral: Dates, numbers and JSON as JavaScript sees them). */
async function snapshot(db: Database['db']): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of allTables) {
    // Derived state (the SoA draft hash and link counts, collection revisions) is rebuilt by the restore, not
    // copied; a collection's revision is random, so a restored one differs from the original by design.
    if (['soa_draft_state', 'collection_revisions'].includes(getTableName(t))) continue;
    out[getTableName(t)] = (await db.select().from(t)).map((r) => canonicalJson(r)).sort();
  }
  return out;
}

async function backup(database: Database, file: string, orgId?: string) {
  const b = writeBackup(database, sourceBlobs, { orgId });
  await pipeline(b.stream, fs.createWriteStream(file));
  return b.done;
}

beforeAll(async () => {
  // The source is always embedded PGlite; the target is the engine under test (PostgreSQL in the postgres project).
  source = await openDatabase({ engine: 'pglite' });
  await source.migrate();
  for (const name of ['A', 'B']) {
    const ctx = await buildContext(source.db);
    await createAiSystem(ctx, { name: `CV screening ${name}`, purpose: 'Rank applicants' });
    await createRisk(ctx, { title: 'Bias', likelihood: 3, consequence: 4, controlRefs: ['A.7.4'] } as never);
    const ev = await uploadEvidence(
      ctx,
      sourceBlobs,
      { bytes: pdfBytes, fileName: 'red-team.pdf', mediaType: 'application/pdf' },
      { evidenceDate: '2026-04-01', links: [{ targetType: 'control', targetId: 'A.6.2.4' }] },
    );
    if (name === 'A') {
      orgA = ctx.orgId;
      evidenceId = ev.id;
    } else orgB = ctx.orgId;
  }
  await backup(source, backupFile);
}, 120_000);
afterAll(async () => {
  await source?.close();
  for (const d of opened) await d.close();
  fs.rmSync(root, { recursive: true, force: true });
});

async function emptyTarget() {
  const d = await testDatabase();
  opened.push(d);
  return d;
}

describe('backup and restore (issue 11)', () => {
  it('restores a PGlite backup row for row, with a verifying ledger and byte-identical evidence', async () => {
    const target = await emptyTarget();
    const targetBlobs = diskBlobStore(path.join(root, `target-${target.engine}`));
    const result = await restoreBackup(target.db, targetBlobs, backupFile);
    expect(result.evidenceFiles).toBe(1);
    expect(await snapshot(target.db)).toEqual(await snapshot(source.db));
    for (const org of [orgA, orgB]) {
      const v = await verifyLedger(target.db, org);
      expect(v).toEqual(await verifyLedger(source.db, org));
      expect(v.ok).toBe(true);
    }
    const content = await openEvidenceContent(
      { db: target.db, orgId: orgA, role: 'viewer', actor: { type: 'system', id: null } },
      targetBlobs,
      evidenceId,
    );
    expect(Buffer.compare(Buffer.from(await new Response(content.body).arrayBuffer()), pdfBytes)).toBe(0);

    await expect(restoreBackup(target.db, targetBlobs, backupFile)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('refuses a damaged file naming what is wrong, and writes nothing', async () => {
    const bad = path.join(root, 'damaged.zip');
    await rezipPack(backupFile, bad, (n, b) => (n === 'tables/risks.jsonl' ? flipOneByte(b) : b));
    const target = await emptyTarget();
    const err = await restoreBackup(target.db, diskBlobStore(path.join(root, 'unused')), bad).catch((e) => e);
    expect(err).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(err.errors).toEqual([expect.objectContaining({ path: 'tables/risks.jsonl' })]);
    expect((await target.db.select().from(tables.organizations)).length).toBe(0);
  });

  it('backs up one organization: its rows, its members, no one else', async () => {
    const file = path.join(root, 'org-a.zip');
    const m = await backup(source, file, orgA);
    expect(m.organizationId).toBe(orgA);
    expect(m.tables.find((t) => t.name === 'organizations')?.rows).toBe(1);
    expect(m.tables.some((t) => t.name === 'sessions')).toBe(false);
    const target = await emptyTarget();
    await restoreBackup(target.db, diskBlobStore(path.join(root, 'org-a-blobs')), file);
    const orgs = await target.db.select().from(tables.organizations);
    expect(orgs.map((o) => o.id)).toEqual([orgA]);
    expect((await verifyLedger(target.db, orgA)).ok).toBe(true);
  });
});
