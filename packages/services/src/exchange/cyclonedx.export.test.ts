import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyAiSystem, createAiSystem } from '../ai-systems/ai-system.service.ts';
import { listModels } from '../inventory/model.service.ts';
import { createSupplier } from '../inventory/supplier.service.ts';
import { buildContext } from '../testing/factories.ts';
import { readTestdata, TESTDATA, TESTDATA_MISSING } from '../testing/testdata.ts';
import { exportCycloneDx } from './cyclonedx.export.ts';
import { importInventory } from './import.service.ts';

if (!TESTDATA) console.warn(TESTDATA_MISSING);

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** The CycloneDX 1.6 validator, with the SPDX-licence and JSF schemas its $refs point at. */
function validator() {
  const dir = join(TESTDATA!, 'cyclonedx/schema');
  const load = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  // CommonJS packages seen from ESM: the constructor may sit on `default`.
  const AjvClass = (Ajv as unknown as { default?: typeof Ajv }).default ?? Ajv;
  const formats = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;
  const ajv = new AjvClass({ strict: false, allErrors: true });
  formats(ajv);
  ajv.addSchema(load('spdx.schema.json'));
  ajv.addSchema(load('jsf-0.82.schema.json'));
  return ajv.compile(load('bom-1.6.schema.json'));
}

describe.skipIf(!TESTDATA)('CycloneDX export', () => {
  it('validates against the 1.6 schema and carries systems, models, datasets, suppliers and their links', async () => {
    const ctx = await buildContext(database.db);
    await importInventory(
      ctx,
      'cyclonedx',
      readTestdata('cyclonedx/bom-examples/MBOM/ml-model-handoff/mbom.json'),
    );
    await importInventory(ctx, 'spdx', readTestdata('spdx3/examples/simplehtr-example.json'));
    await importInventory(
      ctx,
      'model-card',
      readTestdata('huggingface/model-cards/Tucano/Tucano-1b1-Instruct.md'),
    );
    const host = await createSupplier(ctx, { name: 'Cloud host', url: 'https://host.example' });
    const model = (await listModels(ctx, { limit: 1, q: 'support-ticket' })).items[0]!;
    const s = await createAiSystem(ctx, {
      name: 'Triage',
      purpose: 'Route tickets',
      modelIds: [model.id],
      supplierIds: [host.id],
      operatorRole: 'provider',
    });
    await classifyAiSystem(ctx, s.id, { answers: {} });

    const bom = await exportCycloneDx(ctx);
    const validate = validator();
    expect(validate(bom), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const components = bom.components as {
      type: string;
      'bom-ref': string;
      name: string;
      properties?: { name: string; value: string }[];
    }[];
    expect(
      components
        .filter((c) => c.type === 'machine-learning-model')
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Tucano-1b1-Instruct', 'line-model', 'support-ticket-classifier', 'word-model']);
    expect(components.filter((c) => c.type === 'data').length).toBe(7);
    const app = components.find((c) => c['bom-ref'] === s.id)!;
    expect(app.properties).toContainEqual({ name: 'openaims:euAiAct:riskClass', value: 'minimal' });
    const deps = bom.dependencies as { ref: string; dependsOn: string[] }[];
    expect(deps.find((d) => d.ref === s.id)!.dependsOn).toEqual([model.id]);
    expect(deps.find((d) => d.ref === model.id)!.dependsOn).toHaveLength(2);
  });

  it('exports an empty inventory as a valid BOM and refuses nobody who may read', async () => {
    const ctx = await buildContext(database.db, { role: 'auditor' });
    const bom = await exportCycloneDx(ctx);
    const validate = validator();
    expect(validate(bom)).toBe(true);
    expect(validate({ ...bom, components: [{ type: 'machine-learning-model' }] })).toBe(false);
    expect(bom.components).toEqual([]);
  });
});
