import type { AiSystem } from '@openaims/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, cliHarness, jsonOf } from '../testing/cli-harness.ts';

describe('aims ai-system', () => {
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

  it('creates, lists, updates with a version guard, and archives', async () => {
    const created = await cli.run([
      'ai-system',
      'create',
      '--org',
      orgId,
      '--name',
      'Fraud scorer',
      '--purpose',
      'Flag card fraud',
      '--stage',
      'verification_validation',
      '--json',
    ]);
    expect(created.code, created.stderr).toBe(0);
    const s = jsonOf<AiSystem>(created);
    expect(s).toMatchObject({ name: 'Fraud scorer', lifecycleStage: 'verification_validation', version: 1 });

    const listed = jsonOf<{ items: AiSystem[] }>(
      await cli.run(['ai-system', 'list', '--org', orgId, '--q', 'fraud', '--json']),
    );
    expect(listed.items.map((x) => x.id)).toEqual([s.id]);

    const updated = await cli.run([
      'ai-system',
      'update',
      '--org',
      orgId,
      '--id',
      s.id,
      '--stage',
      'design_development',
      '--if-version',
      '1',
      '--json',
    ]);
    expect(updated.code, updated.stderr).toBe(0);
    expect(jsonOf<AiSystem>(updated).version).toBe(2);
    const stale = await cli.run([
      'ai-system',
      'update',
      '--org',
      orgId,
      '--id',
      s.id,
      '--name',
      'Late',
      '--if-version',
      '1',
    ]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/version 2/);

    expect((await cli.run(['ai-system', 'archive', '--org', orgId, '--id', s.id])).code).toBe(0);
    const active = jsonOf<{ items: AiSystem[] }>(
      await cli.run(['ai-system', 'list', '--org', orgId, '--json']),
    );
    expect(active.items).toEqual([]);
  });

  it('refuses a bad stage with exit 2 and an unknown system with exit 1', async () => {
    const bad = await cli.run([
      'ai-system',
      'create',
      '--org',
      orgId,
      '--name',
      'x',
      '--purpose',
      'y',
      '--stage',
      'production',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--stage/);
    const missing = await cli.run(['ai-system', 'get', '--org', orgId, '--id', 'ais_nope']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/not found/);
  });
});
