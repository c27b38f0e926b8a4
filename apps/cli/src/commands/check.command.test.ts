import type { CheckReport } from '@openaims/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrg, runJson, useCli } from '../testing/cli-fixture.ts';
import { jsonOf } from '../testing/cli-harness.ts';

describe('aims check', () => {
  const cli = useCli();
  let failingOrg: string;
  let passingOrg: string;
  let systemId: string;
  beforeAll(async () => {
    failingOrg = cli.orgId;
    passingOrg = await createOrg(cli, 'Beta');
    // The gate guards every way into operation, so the CLI refuses to create a system there without its items…
    const args = ['ai-system', 'create', '--org', failingOrg, '--name', 'Claims triage'];
    const refused = await cli.run([...args, '--purpose', 'Route claims', '--stage', 'operation_monitoring']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/Classify the system/);
    // …and a system in operation without an assessment is data from before the rule, which check still catches.
    systemId = (await runJson<{ id: string }>(cli, [...args, '--purpose', 'Route insurance claims'])).id;
    await cli.sql(`update ai_systems set lifecycle_stage = 'operation_monitoring' where id = '${systemId}'`);
    const early = ['ai-system', 'create', '--org', passingOrg, '--name', 'Prototype', '--purpose', 'Try'];
    await runJson(cli, early);
  }, 180_000);

  it('exits 0 when every rule passes', async () => {
    const r = await cli.run(['check', '--org', passingOrg]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('PASS  AI systems in deployment or operation pass the deployment gate');
    expect(r.stdout).toContain('all 4 checks passed');
    expect(r.stdout).not.toContain('FAIL');
  });

  it('exits 1 and names the system in operation without an approved impact assessment', async () => {
    const human = await cli.run(['check', '--org', failingOrg]);
    expect(human.code, human.stderr).toBe(1);
    expect(human.stdout).toContain('FAIL  AI systems in deployment or operation pass the deployment gate');
    expect(human.stdout).toContain(`ai_system ${systemId} "Claims triage": in operation_monitoring:`);
    expect(human.stdout).toContain('An approved AI system impact assessment is required');
    expect(human.stdout).toContain('1 of 4 checks failed');

    const json = await cli.run(['check', '--org', failingOrg, '--json']);
    expect(json.code).toBe(1);
    const report = jsonOf<CheckReport>(json);
    expect(report.ok).toBe(false);
    const gate = report.checks.find((c) => c.key === 'deployment_gate')!;
    expect(gate).toMatchObject({
      ok: false,
      records: [{ type: 'ai_system', id: systemId, name: 'Claims triage' }],
    });
    expect(report.checks.filter((c) => c.key !== 'deployment_gate').every((c) => c.ok)).toBe(true);
  });

  it('exits 2 on bad input: an unknown organization or no --org', async () => {
    const unknown = await cli.run(['check', '--org', 'org_doesnotexist']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('org_doesnotexist was not found');
    expect((await cli.run(['check'])).code).toBe(2);
  });
}, 300_000);
