import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportResult } from '@openaims/core';
import { TESTDATA, TESTDATA_MISSING } from '@openaims/services/testing/testdata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, cliHarness, jsonOf } from '../testing/cli-harness.ts';

if (!TESTDATA) console.warn(TESTDATA_MISSING);

describe.skipIf(!TESTDATA)('aims import / export', () => {
  let cli: CliHarness;
  let orgId: string;
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
  }, 120_000);
  afterAll(() => cli.dispose());

  it('previews, imports a model card once, and exports a BOM that contains it', async () => {
    const file = join(TESTDATA!, 'huggingface/model-cards/Aira/ToxiGuardrail.md');
    const dry = await cli.run(['import', 'model-card', file, '--org', orgId, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/created\s+model\s+ToxiGuardrail/);
    expect(dry.stdout).toContain('dry run: nothing was written');
    const applied = jsonOf<ImportResult>(
      await cli.run(['import', 'model-card', file, '--org', orgId, '--json']),
    );
    expect(applied.totals.models.created).toBe(1);
    const again = jsonOf<ImportResult>(
      await cli.run(['import', 'model-card', file, '--org', orgId, '--json']),
    );
    expect(again.totals.models).toEqual({ created: 0, updated: 0, unchanged: 1, skipped: 0 });
    const out = join(mkdtempSync(join(tmpdir(), 'aims-export-')), 'bom.json');
    const exp = await cli.run(['export', 'cyclonedx', '--org', orgId, '--out', out]);
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
      orgId,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('line 9, column 5');
    const kind = await cli.run(['import', 'pdf', 'x', '--org', orgId]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toMatch(/<kind>/);
  });
});
