import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyAiSystem, createAiSystem } from '../ai-systems/ai-system.service.ts';
import { listModels } from '../inventory/model.service.ts';
import { createSupplier } from '../inventory/supplier.service.ts';
import { buildContext } from '../testing/factories.ts';
import { importTestdata } from '../testing/import-testdata.ts';
import { schemaValidator } from '../testing/json-schema.ts';
import { TESTDATA, TESTDATA_MISSING } from '../testing/testdata.ts';
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

/** The CycloneDX 1.6 (or 1.7) validator, with the SPDX-licence, JSF (and crypto) schemas its $refs point at. */
function validator(version: '1.6' | '1.7' = '1.6') {
  const dir = join(TESTDATA!, version === '1.6' ? 'cyclonedx/schema' : 'cyclonedx/schema-1.7');
  const load = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const refs = ['spdx.schema.json', 'jsf-0.82.schema.json'];
  if (version === '1.7') refs.push('cryptography-defs.schema.json');
  return schemaValidator(load(`bom-${version}.schema.json`), { refs: refs.map(load) });
}

/** The CycloneDX library's own strict JSON validator (null when the BOM is valid). */
const libraryValidate = (bom: unknown, version: '1.6' | '1.7') =>
  new Validation.JsonStrictValidator(version === '1.6' ? Spec.Version.v1dot6 : Spec.Version.v1dot7).validate(
    JSON.stringify(bom),
  );

describe.skipIf(!TESTDATA)('CycloneDX export', () => {
  it('validates against the 1.6 schema and carries systems, models, datasets, suppliers and their links', async () => {
    const ctx = await buildContext(database.db);
    await importTestdata(ctx, 'cyclonedx', 'cyclonedx/bom-examples/MBOM/ml-model-handoff/mbom.json');
    await importTestdata(ctx, 'spdx', 'spdx3/examples/simplehtr-example.json');
    await importTestdata(ctx, 'model-card', 'huggingface/model-cards/Tucano/Tucano-1b1-Instruct.md');
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

  it('writes SPDX ids as license.id, keeps the dataset of each metric, separates task and library, and validates as 1.6 and 1.7', async () => {
    const ctx = await buildContext(database.db);
    const card = [
      '---',
      'license: apache-2.0',
      'pipeline_tag: text-classification',
      'library_name: transformers',
      'language: [en]',
      'tags: [triage]',
      'base_model: org/base',
      'model-index:',
      '- name: exported-clf',
      '  results:',
      '  - task: {type: text-classification}',
      '    dataset: {type: tickets, name: Tickets, split: test}',
      '    metrics: [{type: f1, value: 0.91}]',
      '---',
      '# exported-clf',
    ].join('\n');
    await importInventory(ctx, 'model-card', card);
    await importInventory(
      ctx,
      'cyclonedx',
      JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.7',
        components: [
          {
            type: 'machine-learning-model',
            name: 'considered',
            licenses: [{ license: { name: 'Proprietary terms' } }],
            hashes: [{ alg: 'SHA-256', content: 'ab'.repeat(32) }],
            externalReferences: [{ type: 'model-card', url: 'https://example.test/card' }],
            modelCard: {
              considerations: {
                useCases: ['triage'],
                technicalLimitations: ['English only'],
                ethicalConsiderations: [{ name: 'bias', mitigationStrategy: 'audit' }],
                fairnessAssessments: [{ groupAtRisk: 'non-native speakers' }],
                environmentalConsiderations: {
                  energyConsumptions: [
                    {
                      activity: 'training',
                      energyProviders: [],
                      activityEnergyCost: { value: 1, unit: 'kWh' },
                    },
                  ],
                },
              },
            },
          },
        ],
      }),
    );
    for (const v of ['1.6', '1.7'] as const) {
      const bom = await exportCycloneDx(ctx, { specVersion: v });
      expect(bom.specVersion).toBe(v);
      const validate = validator(v);
      expect(validate(bom), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
      expect(await libraryValidate(bom, v)).toBeNull();
      expect(
        await libraryValidate({ ...bom, components: [{ type: 'machine-learning-model' }] }, v),
      ).not.toBeNull();
      // biome-ignore lint/suspicious/noExplicitAny: a BOM read back as plain JSON in assertions
      const comps = bom.components as Record<string, any>[];
      const clf = comps.find((c) => c.name === 'exported-clf')!;
      expect(clf.licenses).toEqual([{ license: { id: 'Apache-2.0' } }]);
      expect(clf.modelCard.modelParameters.task).toBe('text-classification');
      expect(clf.properties).toContainEqual({ name: 'openaims:library', value: 'transformers' });
      expect(clf.modelCard.quantitativeAnalysis.performanceMetrics).toEqual([
        { type: 'f1', value: '0.91', slice: 'dataset: Tickets; slice: test' },
      ]);
      const considered = comps.find((c) => c.name === 'considered')!;
      expect(considered.licenses).toEqual([{ license: { name: 'Proprietary terms' } }]);
      expect(considered.modelCard.considerations).toMatchObject({
        useCases: ['triage'],
        technicalLimitations: ['English only'],
        ethicalConsiderations: [{ name: 'bias', mitigationStrategy: 'audit' }],
      });
      expect(considered.hashes).toEqual([{ alg: 'SHA-256', content: 'ab'.repeat(32) }]);
    }
    // A round trip through our own export gives the same metric and attributes back.
    const bom = await exportCycloneDx(ctx, { specVersion: '1.7' });
    const other = await buildContext(database.db);
    await importInventory(other, 'cyclonedx', JSON.stringify(bom));
    const back = (await listModels(other, { limit: 10, q: 'exported-clf' })).items[0]!;
    expect(back.metrics).toEqual([{ name: 'f1', value: '0.91', dataset: 'Tickets', slice: 'test' }]);
    expect(back.attributes).toMatchObject({
      libraryName: 'transformers',
      baseModels: ['org/base'],
      tags: ['triage'],
    });
  });
});
