import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diskBlobStore, SYSTEM_ACTOR, uploadEvidence } from '@openaims/services';
import { samplePdf } from '@openaims/services/testing/evidence-samples';
import { flipOneByte, rezipPack } from '@openaims/services/testing/pack-zip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, cliHarness, jsonOf } from '../testing/cli-harness.ts';

describe('aims export audit-pack, aims verify-pack, aims evidence verify (issue 11)', () => {
  let cli: CliHarness;
  let orgId: string;
  let evidence: { id: string; sha256: string };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-pack-cli-'));
  beforeAll(async () => {
    cli = await cliHarness();
    const r = await cli.run([
      'init',
      '--org',
      'Acme',
      '--admin-email',
      'a@example.com',
      '--admin-password',
      'correct horse battery',
      '--json',
    ]);
    if (r.code !== 0) throw new Error(`init failed: ${r.stderr}`);
    orgId = jsonOf<{ orgId: string }>(r).orgId;
    const database = await cli.open();
    try {
      const ev = await uploadEvidence(
        { db: database.db, orgId, role: 'owner', actor: SYSTEM_ACTOR },
        diskBlobStore(path.join(cli.dataDir, 'evidence')),
        { bytes: samplePdf('Model card review'), fileName: 'review.pdf', mediaType: 'application/pdf' },
        { evidenceDate: '2026-02-01', links: [{ targetType: 'control', targetId: 'A.6.2.6' }] },
      );
      evidence = { id: ev.id, sha256: ev.sha256! };
    } finally {
      await database.close();
    }
  }, 120_000);
  afterAll(async () => {
    await cli.dispose();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('exports a pack that verify-pack passes, and fails naming the one file whose byte changed', async () => {
    const pack = path.join(tmp, 'pack.zip');
    const exp = await cli.run(['export', 'audit-pack', '--org', orgId, '--out', pack, '--json']);
    expect(exp.code, exp.stderr).toBe(0);
    expect(jsonOf<{ file: string }>(exp).file).toBe(pack);
    const ok = await cli.run(['verify-pack', pack]);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain('OK:');

    const target = `evidence/${evidence.sha256}.pdf`;
    const bad = path.join(tmp, 'bad.zip');
    await rezipPack(pack, bad, (n, b) => (n === target ? flipOneByte(b) : b));
    const fail = await cli.run(['verify-pack', bad, '--json']);
    expect(fail.code).toBe(1);
    expect(jsonOf<{ problems: { path: string; problem: string }[] }>(fail).problems).toEqual([
      expect.objectContaining({ path: target, problem: 'altered' }),
    ]);
    expect((await cli.run(['verify-pack', path.join(tmp, 'nothing.zip')])).code).toBe(2);
    expect((await cli.run(['export', 'audit-pack', '--org', orgId])).code).toBe(2);
  });

  it('evidence verify passes, then exits 1 naming a file altered on disk', async () => {
    const ok = await cli.run(['evidence', 'verify', '--org', orgId]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('1 evidence files verified');
    const s = evidence.sha256;
    const file = path.join(cli.dataDir, 'evidence', s.slice(0, 2), s.slice(2, 4), s);
    fs.writeFileSync(file, flipOneByte(fs.readFileSync(file)));
    const bad = await cli.run(['evidence', 'verify', '--org', orgId]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(new RegExp(`MISMATCH\\s+${evidence.id}`));
  });
});
