import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diskBlobStore, SYSTEM_ACTOR, uploadEvidence } from '@openaims/services';
import { samplePdf } from '@openaims/services/testing/evidence-samples';
import { flipOneByte, rezipPack } from '@openaims/services/testing/pack-zip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, cliHarness, jsonOf } from '../testing/cli-harness.ts';

describe('aims backup / aims restore (issue 11)', () => {
  let from: CliHarness;
  let to: CliHarness;
  let orgId: string;
  let sha256: string;
  const bytes = samplePdf('Incident post-mortem');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-backup-cli-'));
  const blobFile = (dataDir: string) =>
    path.join(dataDir, 'evidence', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  beforeAll(async () => {
    [from, to] = await Promise.all([cliHarness(), cliHarness()]);
    const r = await from.run(
      [
        'init',
        '--org',
        'Acme',
        '--admin-email',
        'a@example.com',
        '--admin-password',
        'correct horse battery',
        '--json',
      ],
      { timeoutMs: 170_000 },
    );
    if (r.code !== 0) throw new Error(`init failed: ${r.stderr}`);
    orgId = jsonOf<{ orgId: string }>(r).orgId;
    const database = await from.open();
    try {
      const ev = await uploadEvidence(
        { db: database.db, orgId, role: 'owner', actor: SYSTEM_ACTOR },
        diskBlobStore(path.join(from.dataDir, 'evidence')),
        { bytes, fileName: 'post-mortem.pdf', mediaType: 'application/pdf' },
        { evidenceDate: '2026-05-01', links: [{ targetType: 'control', targetId: 'A.8.4' }] },
      );
      sha256 = ev.sha256!;
    } finally {
      await database.close();
    }
  }, 240_000);
  afterAll(async () => {
    await Promise.all([from.dispose(), to.dispose()]);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('restores into an empty instance: the ledger verifies and evidence is byte-identical', async () => {
    const file = path.join(tmp, 'backup.zip');
    const b = await from.run(['backup', '--out', file, '--json']);
    expect(b.code, b.stderr).toBe(0);
    expect(jsonOf<{ evidenceFiles: number }>(b).evidenceFiles).toBe(1);

    const bad = path.join(tmp, 'bad.zip');
    await rezipPack(file, bad, (n, x) => (n === 'tables/ledger_entries.jsonl' ? flipOneByte(x) : x));
    const refused = await to.run(['restore', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('tables/ledger_entries.jsonl');

    const r = await to.run(['restore', file, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const v = await to.run(['ledger', 'verify', '--json']);
    expect(v.code, v.stdout).toBe(0);
    expect(jsonOf<{ organizations: { orgId: string; ok: boolean }[] }>(v).organizations).toEqual([
      expect.objectContaining({ orgId, ok: true }),
    ]);
    expect(Buffer.compare(fs.readFileSync(blobFile(to.dataDir)), bytes)).toBe(0);

    const again = await to.run(['restore', file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('empty instance');
  }, 600_000);
});
