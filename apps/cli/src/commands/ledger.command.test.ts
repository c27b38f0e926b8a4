import { beforeAll, describe, expect, it } from 'vitest';
import { createOrg, useCli } from '../testing/cli-fixture.ts';
import { jsonOf } from '../testing/cli-harness.ts';

interface VerifyOutput {
  ok: boolean;
  organizations: { orgId: string; ok: boolean; count: number; brokenAt?: number; reason?: string }[];
}

describe('aims ledger verify', () => {
  const cli = useCli();
  let orgId: string;
  let otherOrgId: string;
  beforeAll(async () => {
    orgId = cli.orgId;
    otherOrgId = await createOrg(cli, 'Beta');
  });

  it('passes on untouched chains with exit 0', async () => {
    const r = await cli.run(['ledger', 'verify', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = jsonOf<VerifyOutput>(r);
    expect(out.ok).toBe(true);
    expect(out.organizations.map((o) => o.orgId).sort()).toEqual([orgId, otherOrgId].sort());
    expect(out.organizations.every((o) => o.ok && o.count === 4)).toBe(true);
  });

  it('names the tampered entry and exits 1', async () => {
    await cli.sql(
      'ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_append_only',
      `UPDATE ledger_entries SET data = '{"role":"viewer"}'::jsonb WHERE organization_id = '${orgId}' AND seq = 2`,
      'ALTER TABLE ledger_entries ENABLE TRIGGER ledger_entries_append_only',
    );
    const human = await cli.run(['ledger', 'verify']);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain(`${orgId}  BROKEN at seq 2: data does not match its digest`);
    expect(human.stdout).toContain(`${otherOrgId}  ok  4 entries`);

    const json = await cli.run(['ledger', 'verify', '--org', orgId, '--json']);
    expect(json.code).toBe(1);
    expect(jsonOf<VerifyOutput>(json)).toMatchObject({
      ok: false,
      organizations: [{ orgId, ok: false, count: 1, brokenAt: 2 }],
    });
  });

  it('still passes for an untouched organization verified alone', async () => {
    const r = await cli.run(['ledger', 'verify', '--org', otherOrgId]);
    expect(r.code, r.stderr).toBe(0);
  });

  it('starts from the signed checkpoint of a passing run; --full recomputes what the checkpoint covers (issue 17)', async () => {
    const env = { AIMS_LEDGER_CHECKPOINT_KEY: 'cli-test-checkpoint-key-0123456789abcdef' };
    const first = await cli.run(['ledger', 'verify', '--org', otherOrgId, '--json'], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(jsonOf<VerifyOutput>(first).organizations[0]).toEqual({ orgId: otherOrgId, ok: true, count: 4 });
    const second = await cli.run(['ledger', 'verify', '--org', otherOrgId], { env });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain(
      `${otherOrgId}  ok  4 entries (from the signed checkpoint at 4; --full for all)`,
    );

    await cli.sql(
      'ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_append_only',
      `UPDATE ledger_entries SET data = '{"role":"viewer"}'::jsonb WHERE organization_id = '${otherOrgId}' AND seq = 2`,
      'ALTER TABLE ledger_entries ENABLE TRIGGER ledger_entries_append_only',
    );
    expect((await cli.run(['ledger', 'verify', '--org', otherOrgId], { env })).code).toBe(0);
    const full = await cli.run(['ledger', 'verify', '--org', otherOrgId, '--full'], { env });
    expect(full.code).toBe(1);
    expect(full.stdout).toContain(`${otherOrgId}  BROKEN at seq 2: data does not match its digest`);

    // A forged checkpoint (right key id, wrong signature) is refused.
    await cli.sql(
      `INSERT INTO ledger_checkpoints (id, organization_id, seq, hash, count, created_at, key_id, signature) SELECT 'lcp_forged', organization_id, 4, hash, 4, now() + interval '1 minute', key_id, repeat('0', 64) FROM ledger_checkpoints WHERE organization_id = '${otherOrgId}' LIMIT 1`,
    );
    const forged = await cli.run(['ledger', 'verify', '--org', otherOrgId, '--json'], { env });
    expect(forged.code).toBe(1);
    expect(jsonOf<VerifyOutput>(forged).organizations[0]?.reason).toContain('invalid signature');
  });
}, 180_000);
