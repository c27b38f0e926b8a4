import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCli, useTempDir } from '../testing/cli-fixture.ts';

describe('aims audit report', () => {
  const cli = useCli();
  const tmp = useTempDir('aims-audit-');
  beforeAll(async () => {
    const now = new Date().toISOString();
    await cli.sql(
      `insert into audits (id, organization_id, created_at, updated_at, title, scope, status)
       values ('aud_cli', '${cli.orgId}', '${now}', '${now}', 'CLI audit',
       '{"clauses":["9.2"],"controls":[],"allApplicableControls":false,"aiSystemIds":[],"documentIds":[],"processes":[]}', 'planned')`,
    );
  });

  it('writes the audit report PDF, and refuses an unknown audit', async () => {
    const out = join(tmp, 'report.pdf');
    const r = await cli.run(['audit', 'report', '--audit', 'aud_cli', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const missing = await cli.run(['audit', 'report', '--audit', 'aud_nope', '--out', out]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/aud_nope/);
  });
});
