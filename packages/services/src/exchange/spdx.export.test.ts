import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataset, listDatasets } from '../inventory/dataset.service.ts';
import { createModel, listModels } from '../inventory/model.service.ts';
import { createSupplier } from '../inventory/supplier.service.ts';
import { buildContext } from '../testing/factories.ts';
import { importTestdata } from '../testing/import-testdata.ts';
import { schemaValidator } from '../testing/json-schema.ts';
import { TESTDATA, TESTDATA_MISSING } from '../testing/testdata.ts';
import { renderExport } from './export.service.ts';
import { importInventory } from './import.service.ts';
import { parseSpdx } from './spdx.import.ts';

if (!TESTDATA) console.warn(TESTDATA_MISSING);

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

const SCHEMA = TESTDATA ? join(TESTDATA, 'spdx3/schema/schema.json') : '';

/** The SPDX 3.0.1 JSON schema (draft 2020-12), when the shared test data has it. */
function validator() {
  return schemaValidator(JSON.parse(readFileSync(SCHEMA, 'utf8')), { draft2020: true });
}

async function buildInventory() {
  const ctx = await buildContext(database.db);
  const sup = await createSupplier(ctx, { name: 'Data House', url: 'https://data.example' });
  const train = await createDataset(ctx, {
    name: 'Tickets 2025',
    datasetVersion: '2',
    description: 'Support tickets',
    licence: 'CC-BY-4.0',
    knownBias: 'English only',
    containsPersonalData: true,
    supplierId: sup.id,
  });
  const test = await createDataset(ctx, { name: 'Tickets holdout' });
  const model = await createModel(ctx, {
    name: 'Triage model',
    modelVersion: '1.0',
    modelType: 'classifier',
    licence: 'Apache-2.0',
    description: 'Routes tickets',
    metrics: [{ name: 'accuracy', value: '0.91' }],
    datasets: [
      { datasetId: train.id, purpose: 'training' },
      { datasetId: test.id, purpose: 'testing' },
    ],
  });
  return { ctx, model, train, test };
}

describe('SPDX 3.0.1 export', () => {
  it('writes AI and Dataset packages with trainedOn/testedOn, and round-trips through the SPDX importer', async () => {
    const { ctx, model, train, test } = await buildInventory();
    const file = await renderExport(ctx, 'spdx.json');
    expect(file.filename).toMatch(/_ai-inventory_\d{4}-\d{2}-\d{2}\.spdx3\.json$/);
    const doc = JSON.parse(String(file.body));
    expect(doc['@context']).toBe('https://spdx.org/rdf/3.0.1/spdx-context.jsonld');
    const graph = doc['@graph'] as Record<string, unknown>[];
    const rel = (t: string) => graph.find((e) => e.type === 'Relationship' && e.relationshipType === t);
    expect(rel('trainedOn')).toMatchObject({
      from: expect.stringContaining(model.id),
      to: [expect.stringContaining(train.id)],
    });
    expect(rel('testedOn')).toMatchObject({ to: [expect.stringContaining(test.id)] });

    // Our own importer reads it back: the same models, datasets, licences, supplier and links.
    const plan = parseSpdx(String(file.body));
    expect(plan.format).toBe('SPDX 3.0.1');
    expect(plan.models.map((m) => m.fields.name)).toEqual(['Triage model']);
    expect(plan.models[0]!.fields).toMatchObject({
      modelVersion: '1.0',
      modelType: 'classifier',
      licence: 'Apache-2.0',
      metrics: [{ name: 'accuracy', value: '0.91' }],
    });
    expect(plan.models[0]!.datasets.map((d) => d.purpose).sort()).toEqual(['testing', 'training']);
    expect(plan.datasets.map((d) => d.fields.name).sort()).toEqual(['Tickets 2025', 'Tickets holdout']);
    expect(plan.datasets.find((d) => d.fields.name === 'Tickets 2025')!.fields).toMatchObject({
      licence: 'CC-BY-4.0',
      knownBias: 'English only',
      containsPersonalData: true,
    });
    expect(plan.suppliers.map((s) => s.fields.name)).toEqual(['Data House']);

    // Imported into another organization it makes the same inventory.
    const other = await buildContext(database.db);
    const r = await importInventory(other, 'spdx', String(file.body));
    expect(r.totals.models.created).toBe(1);
    expect(r.totals.datasets.created).toBe(2);
    const [m] = (await listModels(other, { limit: 10 })).items;
    expect(m!.datasets).toHaveLength(2);
    expect((await listDatasets(other, { limit: 10 })).items).toHaveLength(2);
  });

  it.skipIf(!TESTDATA || !existsSync(SCHEMA))('validates against the SPDX 3.0.1 JSON schema', async () => {
    const validate = validator();
    const { ctx } = await buildInventory();
    const doc = JSON.parse(String((await renderExport(ctx, 'spdx.json')).body));
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    // A re-export of an imported SPDX AI example stays valid too (attributes written back to their fields).
    const other = await buildContext(database.db);
    await importTestdata(other, 'spdx', 'spdx3/examples/simplehtr-example.json');
    const again = JSON.parse(String((await renderExport(other, 'spdx.json')).body));
    expect(validate(again), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  });

  it('an empty inventory is still a valid document', async () => {
    const ctx = await buildContext(database.db);
    const doc = JSON.parse(String((await renderExport(ctx, 'spdx.json')).body));
    expect(doc['@graph'].some((e: { type: string }) => e.type === 'SpdxDocument')).toBe(true);
    if (TESTDATA && existsSync(SCHEMA)) expect(validator()(doc)).toBe(true);
  });

  it('is read with inventory:export, which every member has', async () => {
    const ctx = await buildContext(database.db, { role: 'viewer' });
    await expect(renderExport(ctx, 'spdx.json')).resolves.toBeTruthy();
  });
});
