import type { AiSystem } from '@openaims/core';
import { describe, expect, it } from 'vitest';
import { type CliFlagValues, cliFlags, useCli } from '../testing/cli-fixture.ts';
import { jsonOf } from '../testing/cli-harness.ts';

describe('aims ai-system', () => {
  const cli = useCli();
  /** `aims ai-system VERB --org <the organization> …flags`. */
  const aiSystem = (verb: string, flags: CliFlagValues = {}) =>
    cli.run(['ai-system', verb, '--org', cli.orgId, ...cliFlags(flags)]);
  const list = async (flags: CliFlagValues = {}) =>
    jsonOf<{ items: AiSystem[] }>(await aiSystem('list', { ...flags, json: true })).items;

  it('creates, lists, updates with a version guard, and archives', async () => {
    const created = await aiSystem('create', {
      name: 'Fraud scorer',
      purpose: 'Flag card fraud',
      stage: 'verification_validation',
      json: true,
    });
    expect(created.code, created.stderr).toBe(0);
    const s = jsonOf<AiSystem>(created);
    expect(s).toMatchObject({ name: 'Fraud scorer', lifecycleStage: 'verification_validation', version: 1 });

    expect((await list({ q: 'fraud' })).map((x) => x.id)).toEqual([s.id]);

    const updated = await aiSystem('update', {
      id: s.id,
      stage: 'design_development',
      ifVersion: 1,
      json: true,
    });
    expect(updated.code, updated.stderr).toBe(0);
    expect(jsonOf<AiSystem>(updated).version).toBe(2);
    const stale = await aiSystem('update', { id: s.id, name: 'Late', ifVersion: 1 });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/version 2/);

    expect((await aiSystem('archive', { id: s.id })).code).toBe(0);
    expect(await list()).toEqual([]);
  });

  it('refuses a bad stage with exit 2 and an unknown system with exit 1', async () => {
    const bad = await aiSystem('create', { name: 'x', purpose: 'y', stage: 'production' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--stage/);
    const missing = await aiSystem('get', { id: 'ais_nope' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/not found/);
  });
});
