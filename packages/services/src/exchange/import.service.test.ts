import type { InventoryImportKind } from '@openaims/core';
import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetRecords } from '../inventory/dataset.service.ts';
import { listModels, modelRecords, updateModel } from '../inventory/model.service.ts';
import { supplierRecords } from '../inventory/supplier.service.ts';
import { listLedger } from '../ledger/ledger.service.ts';
import { buildContext } from '../testing/factories.ts';
import { importTestdata } from '../testing/import-testdata.ts';
import { expectLatestLedgerEntry } from '../testing/ledger.ts';
import { readTestdata, TESTDATA, TESTDATA_MISSING, testdataFiles } from '../testing/testdata.ts';
import { importInventory } from './import.service.ts';

if (!TESTDATA) console.warn(TESTDATA_MISSING);

// Files of the shared test data that are not importable: malformed JSON, schemas, templates, prose, a list as card
// data. (A model-index result without a dataset is imported: the hub keeps such a card too.)
const INVALID = new Set([
  'cyclonedx/bom-examples/MLBOM/Dataset/bom.json',
  'cyclonedx/bom-examples/MLBOM/Model/OpenSource/bom.json',
  'cyclonedx/schema/bom-1.6.schema.json',
  'cyclonedx/schema/jsf-0.82.schema.json',
  'cyclonedx/schema/spdx.schema.json',
  'cyclonedx/schema-1.7/bom-1.7.schema.json',
  'cyclonedx/schema-1.7/cryptography-defs.schema.json',
  'cyclonedx/schema-1.7/jsf-0.82.schema.json',
  'cyclonedx/schema-1.7/spdx.schema.json',
  'spdx3/schema/schema.json',
  'spdx3/schema/spdx-context.jsonld',
  'huggingface/spec/datasetcard.md',
  'huggingface/spec/datasetcard_template.md',
  'huggingface/spec/eval_results.yaml',
  'huggingface/spec/modelcard.md',
  'huggingface/spec/modelcard_template.md',
  'huggingface/test-fixtures/sample_datasetcard_template.md',
  'huggingface/test-fixtures/sample_invalid_card_data.md',
  'huggingface/test-fixtures/sample_no_metadata.md',
  'huggingface/test-fixtures/sample_template.md',
]);
const KINDS: [InventoryImportKind, string][] = [
  ['cyclonedx', 'cyclonedx'],
  ['spdx', 'spdx3'],
  ['model-card', 'huggingface'],
];

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

const counts = async (ctx: { db: Database['db']; orgId: string }) => ({
  models: await modelRecords.count(ctx.db, ctx.orgId),
  datasets: await datasetRecords.count(ctx.db, ctx.orgId),
  suppliers: await supplierRecords.count(ctx.db, ctx.orgId),
  ledger: (await listLedger({ ...ctx, role: 'owner', actor: { type: 'system', id: null } }, { limit: 500 }))
    .items.length,
});

describe.skipIf(!TESTDATA)('inventory imports from the shared test data', () => {
  it('imports valid-machine-learning-1.6.json, and importing it again changes nothing', async () => {
    const ctx = await buildContext(database.db, { role: 'contributor' });
    const bom = readTestdata('cyclonedx/examples/valid-machine-learning-1.6.json');
    const preview = await importInventory(ctx, 'cyclonedx', bom, { dryRun: true });
    expect(preview.totals.models.created).toBe(1);
    expect(preview.totals.datasets.created).toBe(1);
    expect(preview.items.every((i) => i.id === null)).toBe(true);
    const empty = await counts(ctx);
    expect(empty).toMatchObject({ models: 0, datasets: 0 });

    const first = await importInventory(ctx, 'cyclonedx', bom);
    expect(first.totals).toMatchObject({ models: { created: 1 }, datasets: { created: 1 } });
    const [model] = (await listModels(ctx, { limit: 10 })).items;
    expect(model).toMatchObject({
      name: 'CompVis/stable-diffusion',
      modelVersion: '1.4',
      source: 'cyclonedx',
      provider: 'Acme Inc',
    });
    expect(model!.datasets).toEqual([
      { datasetId: first.items.find((i) => i.entity === 'dataset')!.id, purpose: 'training' },
    ]);
    expect(model!.metrics.length).toBeGreaterThan(0);
    const after = await counts(ctx);

    const again = await importInventory(ctx, 'cyclonedx', bom);
    expect(again.items.map((i) => i.outcome)).toEqual(again.items.map(() => 'unchanged'));
    expect(await counts(ctx)).toEqual(after);
  });

  it('updates a record changed since the last import instead of adding a second one', async () => {
    const ctx = await buildContext(database.db);
    const card = readTestdata('huggingface/test-fixtures/sample_simple_model_index.md');
    await importInventory(ctx, 'model-card', card);
    const [m] = (await listModels(ctx, { limit: 10 })).items;
    await updateModel(ctx, m!.id, {
      licence: 'edited-by-hand',
      verificationRecords: [
        { date: '2026-01-02', kind: 'validation', summary: 'Bias review', outcome: 'passed' },
      ],
    });
    const r = await importInventory(ctx, 'model-card', card);
    expect(r.totals.models).toEqual({ created: 0, updated: 1, unchanged: 0, skipped: 0 });
    const [back] = (await listModels(ctx, { limit: 10 })).items;
    expect(back).toMatchObject({ id: m!.id, licence: 'mit' });
    expect(back!.verificationRecords).toHaveLength(1);
    await expectLatestLedgerEntry(ctx, {
      action: 'model.imported',
      entityId: m!.id,
    });
  });

  it('refuses a malformed BOM with the location of the problem, and every count stays the same', async () => {
    const ctx = await buildContext(database.db);
    await importTestdata(ctx, 'cyclonedx', 'cyclonedx/bom-examples/MBOM/ml-model-handoff/mbom.json');
    const before = await counts(ctx);
    expect(before.models).toBe(1);
    const err = await importTestdata(ctx, 'cyclonedx', 'cyclonedx/bom-examples/MLBOM/Dataset/bom.json').catch(
      (e) => e,
    );
    expect(err).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'line 9, column 5' }] });
    expect(await counts(ctx)).toEqual(before);
  });

  it('lets concurrent imports of the same file end with one copy of each record', async () => {
    const ctx = await buildContext(database.db);
    const bom = readTestdata('cyclonedx/examples/valid-machine-learning-1.6.json');
    const outcomes = await Promise.allSettled([
      importInventory(ctx, 'cyclonedx', bom),
      importInventory(ctx, 'cyclonedx', bom),
    ]);
    for (const o of outcomes)
      if (o.status === 'rejected') expect(o.reason).toMatchObject({ code: 'CONFLICT' });
    expect(outcomes.some((o) => o.status === 'fulfilled')).toBe(true);
    expect(await counts(ctx)).toMatchObject({ models: 1, datasets: 1 });
  });

  it('links SPDX models to the datasets they were trained and tested on, with their supplier and licence', async () => {
    const ctx = await buildContext(database.db);
    const r = await importTestdata(ctx, 'spdx', 'spdx3/examples/simplehtr-example.json');
    expect(r.totals).toMatchObject({
      models: { created: 2 },
      datasets: { created: 1 },
      suppliers: { created: 1 },
    });
    const word = (await listModels(ctx, { limit: 10, q: 'word-model' })).items[0]!;
    expect(word.licence).toBe('MIT');
    expect(word.supplierId).toBe(r.items.find((i) => i.entity === 'supplier')!.id);
    expect(word.datasets.map((d) => d.purpose).sort()).toEqual(['testing', 'training']);
  });

  it('shares one supplier between files that name the same vendor', async () => {
    const ctx = await buildContext(database.db);
    await importTestdata(ctx, 'model-card', 'huggingface/model-cards/Tucano/Tucano-1b1-Instruct.md');
    await importTestdata(ctx, 'model-card', 'huggingface/model-cards/Aira/Aira-2-portuguese-1B7.md');
    expect(await supplierRecords.count(ctx.db, ctx.orgId)).toBe(2);
    const datasets = await datasetRecords.count(ctx.db, ctx.orgId);
    expect(datasets).toBe(5); // instruct-aira-dataset-v3 and friends, plus Aira's instruct-aira-dataset
  });

  for (const [kind, dir] of KINDS) {
    it(`imports every valid ${dir} file twice without duplicates, and refuses every invalid one writing nothing`, async () => {
      const files = testdataFiles(dir);
      expect(files.length).toBeGreaterThan(3);
      const ctx = await buildContext(database.db);
      for (const f of files) {
        const text = readTestdata(f);
        const before = await counts(ctx);
        if (INVALID.has(f)) {
          const err = await importInventory(ctx, kind, text).catch((e) => e);
          expect(err, f).toMatchObject({ code: 'VALIDATION_FAILED' });
          expect(err.errors.length, f).toBeGreaterThan(0);
          expect(await counts(ctx), f).toEqual(before);
          continue;
        }
        const first = await importInventory(ctx, kind, text);
        const mid = await counts(ctx);
        const second = await importInventory(ctx, kind, text);
        expect(
          second.items.filter((i) => i.outcome !== 'unchanged'),
          f,
        ).toEqual([]);
        expect(await counts(ctx), f).toEqual(mid);
        expect(first.items.length, f).toBe(second.items.length);
      }
    });
  }
});
