import fs from 'node:fs';
import path from 'node:path';
import { flipOneByte, rezipPack } from '@openaims/services/testing/pack-zip';
import { beforeAll, describe, expect, it } from 'vitest';
import { evidenceBlobPath, uploadSamplePdf, useCli, useTempDir } from '../testing/cli-fixture.ts';
import { jsonOf } from '../testing/cli-harness.ts';

describe('aims backup / aims restore (issue 11)', () => {
  const from = useCli({ initTimeoutMs: 170_000, hookTimeoutMs: 240_000 });
  const to = useCli({ init: false });
  const tmp = useTempDir('aims-backup-cli-');
  let evidence: { sha256: string; bytes: Uint8Array };
  beforeAll(async () => {
    evidence = await uploadSamplePdf(from, from.orgId, { title: 'Incident post-mortem', controlId: 'A.8.4' });
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
      expect.objectContaining({ orgId: from.orgId, ok: true }),
    ]);
    const restored = fs.readFileSync(evidenceBlobPath(to.dataDir, evidence.sha256));
    expect(Buffer.compare(restored, evidence.bytes)).toBe(0);

    const again = await to.run(['restore', file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('empty instance');
  }, 600_000);
});
