// Issue 13: each kind of real file that was refused or lost what mattered, built here by hand (never a copy of a
// downloaded file): YAML as the hub reads it, old dataset-card keys, code blocks, SPDX 3 without names, SPDX 2,
// CycloneDX 1.5/1.7 and XML, plain software BOMs, and the fields that used to be dropped.
import { RecordAttributesSchema } from '@openaims/core';
import { describe, expect, it } from 'vitest';
import { parseCycloneDx } from './cyclonedx.import.ts';
import { parseModelCard } from './model-card.import.ts';
import { parseSpdx } from './spdx.import.ts';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as { code: string; message: string; errors: { path: string; message: string }[] };
  }
  throw new Error('expected a refusal');
};

describe('Hugging Face cards as the hub reads them', () => {
  it('accepts a repeated key as PyYAML does (the last wins)', () => {
    const plan = parseModelCard('---\nlicense: mit\nlicense: apache-2.0\ntags: [a]\n---\n# dup\n');
    expect(plan.models[0]!.fields.licence).toBe('apache-2.0');
  });

  it('names one line of the file for a YAML error, with the line as written', () => {
    const e = refusal(() => parseModelCard('---\nlicense: mit\ntags: [a, b\nlanguage: en\n---\n# x\n'));
    expect(e.errors).toHaveLength(1);
    expect(e.errors[0]!.path).toMatch(/^line \d+, column \d+$/);
    // The library's own "at line N" (counted inside the front matter) is not repeated beside ours.
    expect(e.errors[0]!.message).not.toMatch(/at line/);
    expect(e.message).toContain('Hugging Face card');
  });

  it('reads old dataset-card keys: licenses, languages, pretty_name (also per configuration)', () => {
    const card = [
      '---',
      'licenses:',
      '- cc-by-4.0',
      'languages:',
      '- en',
      'task_ids: [extractive-qa]',
      'pretty_name:',
      '  plain: Old Squad',
      '---',
      '# Dataset Card for "old_squad"',
    ].join('\n');
    const plan = parseModelCard(card);
    expect(plan.models).toEqual([]);
    expect(plan.datasets[0]!.fields).toMatchObject({
      name: 'Old Squad',
      licence: 'cc-by-4.0',
      attributes: { languages: ['en'] },
    });
  });

  it('does not take the model name from a # line inside a code block', () => {
    const card = [
      '---',
      'license: mit',
      'library_name: transformers',
      '---',
      '```bash',
      '# install the package',
      'pip install x',
      '```',
      '~~~',
      '# also code',
      '~~~',
      '<!-- # a comment -->',
      '# Real Model',
    ].join('\n');
    expect(parseModelCard(card).models[0]!.fields.name).toBe('Real Model');
  });

  it('keeps language, tags, license_link, base model, pipeline tag and library apart', () => {
    const card = [
      '---',
      'license: other',
      'license_link: https://example.test/LICENSE',
      'language: [pt, en]',
      'tags: [chat, rlhf]',
      'base_model: org/base-1b',
      'pipeline_tag: text-generation',
      'library_name: transformers',
      '---',
      '# m',
    ].join('\n');
    const m = parseModelCard(card).models[0]!.fields;
    expect(m.modelType).toBe('text-generation');
    expect(m.attributes).toEqual({
      format: 'Hugging Face card',
      languages: ['pt', 'en'],
      tags: ['chat', 'rlhf'],
      licenseLink: 'https://example.test/LICENSE',
      baseModels: ['org/base-1b'],
      pipelineTag: 'text-generation',
      libraryName: 'transformers',
    });
    expect(RecordAttributesSchema.parse(m.attributes)).toBeTruthy();
  });

  it('refuses an unfilled template naming the line with the placeholder', () => {
    const e = refusal(() => parseModelCard('---\nlanguage: en\nlicense: {license}\n---\n# x\n'));
    expect(e.errors[0]!.path).toBe('line 3, column 1');
    expect(e.message).toContain('template');
  });
});

const spdxDoc = (graph: unknown[]) =>
  JSON.stringify({ '@context': 'https://spdx.org/rdf/3.0.1/spdx-context.jsonld', '@graph': graph });

describe('SPDX 3', () => {
  it('imports AI and Dataset packages without a name, naming them after their spdxId', () => {
    const plan = parseSpdx(
      spdxDoc([
        { type: 'ai_AIPackage', spdxId: 'https://example.test/models/sentiment-v2' },
        { type: 'dataset_DatasetPackage', spdxId: 'urn:example:reviews' },
      ]),
    );
    expect(plan.models[0]!.fields.name).toBe('sentiment-v2');
    expect(plan.datasets[0]!.fields.name).toBe('reviews');
    expect(plan.notes.join(' ')).toContain('has no name');
  });

  it('says an SPDX 2.3 file is SPDX 2 and to send SPDX 3', () => {
    const e = refusal(() =>
      parseSpdx(JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', packages: [] })),
    );
    expect(e.message).toContain('This is SPDX 2 (SPDX-2.3); send SPDX 3');
    expect(e.errors[0]!.path).toBe('/spdxVersion');
  });

  it('keeps the AI and Dataset profile fields and reads trainedOn written from the dataset to the model', () => {
    const plan = parseSpdx(
      spdxDoc([
        {
          type: 'ai_AIPackage',
          spdxId: 'urn:m',
          name: 'm',
          ai_limitation: 'Not for medical use',
          ai_safetyRiskAssessment: 'medium',
          ai_autonomyType: 'no',
          ai_domain: ['finance'],
          ai_hyperparameter: [{ type: 'DictionaryEntry', key: 'lr', value: '0.001' }],
          ai_energyConsumption: {
            type: 'ai_EnergyConsumption',
            ai_trainingEnergyConsumption: [
              {
                type: 'ai_EnergyConsumptionDescription',
                ai_energyQuantity: 12.5,
                ai_energyUnit: 'kilowattHour',
              },
            ],
          },
          verifiedUsing: [{ type: 'Hash', algorithm: 'sha256', hashValue: 'ab'.repeat(32) }],
        },
        {
          type: 'dataset_DatasetPackage',
          spdxId: 'urn:d',
          name: 'd',
          dataset_datasetSize: 1048576,
          dataset_confidentialityLevel: 'amber',
          dataset_datasetType: ['text'],
        },
        {
          type: 'Relationship',
          spdxId: 'urn:r',
          from: 'urn:d',
          to: ['urn:m'],
          relationshipType: 'trainedOn',
        },
      ]),
    );
    expect(plan.models[0]!.datasets).toEqual([{ ref: 'urn:d', purpose: 'training' }]);
    expect(plan.models[0]!.fields.attributes).toMatchObject({
      format: 'SPDX 3.0.1',
      limitations: ['Not for medical use'],
      safetyRiskAssessment: 'medium',
      autonomyType: 'no',
      domain: ['finance'],
      hyperparameters: [{ key: 'lr', value: '0.001' }],
      environmentalCost: ['trainingEnergyConsumption: 12.5 kilowattHour'],
      hashes: [{ alg: 'sha256', content: 'ab'.repeat(32) }],
    });
    expect(plan.datasets[0]!.fields.attributes).toMatchObject({
      datasetSize: '1048576',
      confidentialityLevel: 'amber',
      datasetTypes: ['text'],
    });
    expect(RecordAttributesSchema.parse(plan.models[0]!.fields.attributes)).toBeTruthy();
  });
});

const model = {
  type: 'machine-learning-model',
  'bom-ref': 'm',
  name: 'clf',
  supplier: { name: 'Model Vendor' },
  hashes: [{ alg: 'SHA-256', content: 'cd'.repeat(32) }],
  externalReferences: [{ type: 'distribution', url: 'https://example.test/clf' }],
  modelCard: {
    considerations: {
      users: ['analysts'],
      useCases: ['triage of tickets'],
      technicalLimitations: ['English only'],
      ethicalConsiderations: [{ name: 'unfair routing', mitigationStrategy: 'monthly audit' }],
      fairnessAssessments: [{ groupAtRisk: 'non-native speakers', harms: 'slower answers' }],
      environmentalConsiderations: {
        energyConsumptions: [
          {
            activity: 'training',
            energyProviders: [],
            activityEnergyCost: { value: 0.4, unit: 'kWh' },
            co2CostEquivalent: { value: 31.2, unit: 'tCO2eq' },
          },
        ],
      },
    },
  },
};

describe('CycloneDX', () => {
  for (const v of ['1.5', '1.6', '1.7'])
    it(`reads a ${v} JSON BOM`, () => {
      const plan = parseCycloneDx(
        JSON.stringify({ bomFormat: 'CycloneDX', specVersion: v, components: [model] }),
      );
      expect(plan.format).toBe(`CycloneDX ${v}`);
      expect(plan.models[0]!.fields.name).toBe('clf');
    });

  it('refuses an older version naming it, the place and what to do', () => {
    const e = refusal(() => parseCycloneDx(JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.2' })));
    expect(e.message).toContain('CycloneDX 1.2 is not read');
    expect(e.errors[0]).toMatchObject({
      path: '/specVersion',
      message: expect.stringContaining('1.6 or 1.7'),
    });
  });

  it('keeps model-card considerations, external references and hashes', () => {
    const plan = parseCycloneDx(
      JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.7', components: [model] }),
    );
    const a = plan.models[0]!.fields.attributes!;
    expect(a).toMatchObject({
      useCases: ['Users: analysts', 'triage of tickets'],
      limitations: ['English only'],
      ethicalConsiderations: [{ name: 'unfair routing', mitigation: 'monthly audit' }],
      fairnessAssessments: [{ groupAtRisk: 'non-native speakers', harms: 'slower answers' }],
      environmentalCost: ['training: energy 0.4 kWh CO2 31.2 tCO2eq'],
      externalReferences: [{ type: 'distribution', url: 'https://example.test/clf' }],
      hashes: [{ alg: 'SHA-256', content: 'cd'.repeat(32) }],
    });
    expect(RecordAttributesSchema.parse(a)).toBeTruthy();
  });

  it('makes no suppliers from the libraries of a plain software BOM, and lists them as skipped', () => {
    const libs = Array.from({ length: 30 }, (_, i) => ({
      type: 'library',
      name: `lib${i}`,
      version: '1.0.0',
      supplier: { name: `Maintainer ${i}` },
      purl: `pkg:npm/lib${i}@1.0.0`,
    }));
    const plan = parseCycloneDx(
      JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', components: libs }),
    );
    expect(plan.suppliers).toEqual([]);
    expect(plan.models).toEqual([]);
    expect(plan.skipped).toHaveLength(30);
    expect(plan.skipped[0]!.reason).toContain('library component');
  });

  it('reads the same BOM as XML, and names line and column of malformed XML', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
  <components>
    <component type="machine-learning-model" bom-ref="m">
      <supplier><name>Model Vendor</name><url>https://vendor.example</url></supplier>
      <name>clf</name>
      <version>2</version>
      <licenses><license><id>Apache-2.0</id></license></licenses>
      <hashes><hash alg="SHA-256">${'cd'.repeat(32)}</hash></hashes>
      <modelCard>
        <modelParameters><task>classification</task></modelParameters>
        <quantitativeAnalysis><performanceMetrics>
          <performanceMetric><type>accuracy</type><value>0.9</value></performanceMetric>
        </performanceMetrics></quantitativeAnalysis>
        <considerations><technicalLimitations><technicalLimitation>English only</technicalLimitation></technicalLimitations></considerations>
      </modelCard>
    </component>
    <component type="data" bom-ref="d"><name>tickets</name></component>
  </components>
  <dependencies><dependency ref="m"><dependency ref="d"/></dependency></dependencies>
</bom>`;
    const plan = parseCycloneDx(xml);
    expect(plan.format).toBe('CycloneDX 1.6 XML');
    expect(plan.models[0]).toMatchObject({
      ref: 'cyclonedx:clf@2',
      datasets: [{ ref: 'cyclonedx:tickets', purpose: 'training' }],
      fields: {
        licence: 'Apache-2.0',
        modelType: 'classification',
        metrics: [{ name: 'accuracy', value: '0.9' }],
        attributes: { limitations: ['English only'], hashes: [{ alg: 'SHA-256' }] },
      },
    });
    expect(plan.suppliers[0]!.fields).toEqual({ name: 'Model Vendor', url: 'https://vendor.example' });
    const e = refusal(() =>
      parseCycloneDx('<bom xmlns="http://cyclonedx.org/schema/bom/1.6">\n  <components>\n</bom>'),
    );
    expect(e.errors[0]!.path).toMatch(/^line 3, column \d+$/);
  });

  it('names line and column of a JSON error even when the engine gives no position', () => {
    const e = refusal(() => parseCycloneDx('{\n  "bomFormat": ,\n}'));
    expect(e.errors[0]!.path).toBe('line 2, column 16');
    expect(e.message).toContain('CycloneDX');
  });

  it('refuses, never crashes on, XML whose element names are object keys', () => {
    const xml =
      '<bom xmlns="http://cyclonedx.org/schema/bom/1.6"><constructor><x/></constructor><__proto__>1</__proto__><components><component type="library"><name>a</name><constructor/></component></components></bom>';
    const plan = parseCycloneDx(xml);
    expect(plan.skipped.map((x) => x.name)).toEqual(['a']);
    expect(Object.getPrototypeOf(plan)).toBe(Object.prototype);
  });

  it('tells an SPDX file sent to the CycloneDX import where to go', () => {
    const e = refusal(() => parseCycloneDx(JSON.stringify({ spdxVersion: 'SPDX-2.3' })));
    expect(e.errors[0]!.message).toContain('imports/spdx');
  });
});
