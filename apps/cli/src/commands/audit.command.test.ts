import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, cliHarness, jsonOf } from '../testing/cli-harness.ts';

describe('aims audit report', () => {
  let cli: CliHarness;
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
    const { orgId } = jsonOf<{ orgId: string }>(r);
    const now = new Date().toISOString();
    await cli.sql(
      `insert into audits (id, organization_id, created_at, updated_at, title, scope, status)
       values ('aud_cli', '${orgId}', '${now}', '${now}', 'CLI audit',
       '{"clauses":["9.2"],"controls":[],"allApplicableControls":false,"aiSystemIds":[],"documentIds":[],"processes":[]}', 'planned')`,
    );
  }, 120_000);
  afterAll(() => cli.dispose());

  it('writes the audit report PDF, and refuses an unknown audit', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'aims-audit-')), 'report.pdf');
    const r = await cli.run(['audit', 'report', '--audit', 'aud_cli', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const missing = await cli.run(['audit', 'report', '--audit', 'aud_nope', '--out', out]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/aud_nope/);
  });
});
