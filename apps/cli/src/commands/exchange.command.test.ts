import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportResult } from '@openaims/core';
import { TESTDATA, TESTDATA_MISSING } from '@openaims/services/testing/testdata';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from '../testing/cli-fixture.ts';
import { jsonOf } from '../testing/cli-harness.ts';

if (!TESTDATA) console.warn(TESTDATA_MISSING);

describe.skipIf(!TESTDATA)('aims import / export', () => {
  const cli = useCli();
  const tmp = useTempDir('aims-export-');

  it('previews, imports a model card once, and exports a BOM that contains it', async () => {
    const file = join(TESTDATA!, 'huggingface/model-cards/Aira/ToxiGuardrail.md');
    const dry = await cli.run(['import', 'model-card', file, '--org', cli.orgId, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/created\s+model\s+ToxiGuardrail/);
    expect(dry.stdout).toContain('dry run: nothing was written');
    const applied = jsonOf<ImportResult>(
      await cli.run(['import', 'model-card', file, '--org', cli.orgId, '--json']),
    );
    expect(applied.totals.models.created).toBe(1);
    const again = jsonOf<ImportResult>(
      await cli.run(['import', 'model-card', file, '--org', cli.orgId, '--json']),
    );
    expect(again.totals.models).toEqual({ created: 0, updated: 0, unchanged: 1, skipped: 0 });
    const out = join(tmp, 'bom.json');
    const exp = await cli.run(['export', 'cyclonedx', '--org', cli.orgId, '--out', out]);
    expect(exp.code, exp.stderr).toBe(0);
    const bom = JSON.parse(readFileSync(out, 'utf8'));
    expect(bom.components.map((c: { name: string }) => c.name)).toContain('ToxiGuardrail');
  });

  it('refuses a malformed file with exit 2 and the location, and an unknown kind', async () => {
    const bad = await cli.run([
      'import',
      'cyclonedx',
      join(TESTDATA!, 'cyclonedx/bom-examples/MLBOM/Dataset/bom.json'),
      '--org',
      cli.orgId,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('line 9, column 5');
    const kind = await cli.run(['import', 'pdf', 'x', '--org', cli.orgId]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toMatch(/<kind>/);
  });
});
