import fs from 'node:fs';
import path from 'node:path';
import { flipOneByte, rezipPack } from '@openaims/services/testing/pack-zip';
import { beforeAll, describe, expect, it } from 'vitest';
import { evidenceBlobPath, uploadSamplePdf, useCli, useTempDir } from '../testing/cli-fixture.ts';
import { jsonOf } from '../testing/cli-harness.ts';

describe('aims export audit-pack, aims verify-pack, aims evidence verify (issue 11)', () => {
  const cli = useCli();
  const tmp = useTempDir('aims-pack-cli-');
  let evidence: { id: string; sha256: string };
  beforeAll(async () => {
    evidence = await uploadSamplePdf(cli, cli.orgId);
  });

  it('exports a pack that verify-pack passes, and fails naming the one file whose byte changed', async () => {
    const pack = path.join(tmp, 'pack.zip');
    const exp = await cli.run(['export', 'audit-pack', '--org', cli.orgId, '--out', pack, '--json']);
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
    expect((await cli.run(['export', 'audit-pack', '--org', cli.orgId])).code).toBe(2);
  });

  it('evidence verify passes, then exits 1 naming a file altered on disk', async () => {
    const ok = await cli.run(['evidence', 'verify', '--org', cli.orgId]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('1 evidence files verified');
    const file = evidenceBlobPath(cli.dataDir, evidence.sha256);
    fs.writeFileSync(file, flipOneByte(fs.readFileSync(file)));
    const bad = await cli.run(['evidence', 'verify', '--org', cli.orgId]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(new RegExp(`MISMATCH\\s+${evidence.id}`));
  });
});
