import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContext } from '../testing/factories.ts';
import { TESTDATA_MISSING, testdataDir } from '../testing/testdata.ts';
import { importAtlas, listThreats } from './atlas.import.ts';
import { createRisk } from './risk.service.ts';

const dir = testdataDir();
const file = dir ? path.join(dir, 'mitre-atlas', 'ATLAS.yaml') : undefined;
const present = !!file && fs.existsSync(file);
if (!present) console.warn(`atlas import tests skipped: ${TESTDATA_MISSING}`);

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('MITRE ATLAS import', () => {
  it('refuses what is not an ATLAS file and changes nothing', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    await expect(importAtlas(ctx, 'id: x\nname: y\n', { dryRun: false })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(importAtlas(ctx, ':\n  - [', { dryRun: false })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(importAtlas({ ...ctx, role: 'contributor' }, 'x', { dryRun: true })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await listThreats(ctx, { limit: 5 })).items).toEqual([]);
  });

  it('imports an older release that keeps tactics and techniques at the top (no matrices)', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const old = [
      'id: ATLAS',
      'name: Adversarial Threat Landscape for Artificial-Intelligence Systems',
      'version: 3.0.0',
      'tactics:',
      '- id: AML.TA0002',
      '  name: Reconnaissance',
      'techniques:',
      '- id: AML.T0000',
      '  name: Search for Victim Publicly Available Research Materials',
      '  tactics: [AML.TA0002]',
      '- id: AML.T0000.000',
      '  name: Journals and Conference Proceedings',
      '  subtechnique-of: AML.T0000',
    ].join('\n');
    const r = await importAtlas(ctx, old, { dryRun: true });
    expect(r).toMatchObject({ source: 'MITRE ATLAS 3.0.0', techniques: 2, tactics: 1 });
    expect(r.sample[1]).toMatchObject({ externalId: 'AML.T0000.000', tactics: ['Reconnaissance'] });
  });

  it('names the release it saw, the place and what to send, and one line for a YAML error', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const odd = await importAtlas(ctx, 'id: ATLAS\nname: x\nversion: 2.1.0\nmatrices: []\n', {
      dryRun: true,
    }).catch((e) => e);
    expect(odd.message).toContain('version 2.1.0');
    expect(odd.errors[0].path).toBe('/matrices');
    const bad = await importAtlas(ctx, 'id: ATLAS\nname: x\ntechniques: [a, b\nversion: 1\n', {
      dryRun: true,
    }).catch((e) => e);
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0].path).toMatch(/^line \d+, column \d+$/);
    expect(bad.errors[0].message).not.toMatch(/at line/);
  });

  it.skipIf(!present)('previews, imports, re-imports idempotently, and lets risks pick threats', async () => {
    const raw = fs.readFileSync(file!, 'utf8');
    const ctx = await buildContext(database.db, { role: 'manager' });
    const preview = await importAtlas(ctx, raw, { dryRun: true });
    expect(preview.techniques).toBeGreaterThan(50);
    expect(preview.added).toBe(preview.techniques);
    expect((await listThreats(ctx, { limit: 5 })).items).toEqual([]);
    const done = await importAtlas(ctx, raw, { dryRun: false });
    expect(done).toMatchObject({ dryRun: false, added: preview.techniques, updated: 0 });
    const again = await importAtlas(ctx, raw, { dryRun: false });
    expect(again).toMatchObject({ added: 0, updated: preview.techniques });
    const [t] = (await listThreats(ctx, { q: 'AML.T0000', limit: 1 })).items;
    expect(t).toMatchObject({ externalId: 'AML.T0000', tactics: ['Reconnaissance'] });
    const sub = (await listThreats(ctx, { q: 'AML.T0000.000', limit: 1 })).items[0]!;
    expect(sub.tactics).toEqual(['Reconnaissance']);
    const risk = await createRisk(ctx, {
      title: 'Reconnaissance of our model',
      likelihood: 2,
      consequence: 2,
      threatIds: [t!.id],
    });
    expect(risk.threatIds).toEqual([t!.id]);
    const other = await buildContext(database.db, { role: 'manager' });
    await expect(
      createRisk(other, { title: 'x', likelihood: 1, consequence: 1, threatIds: [t!.id] }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
  });
});
