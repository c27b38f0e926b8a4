// The parsers on hand-written inputs: locations in refusals, and the small decisions they make.
import { describe, expect, it } from 'vitest';
import { parseCycloneDx } from './cyclonedx.import.ts';
import { parseModelCard } from './model-card.import.ts';
import { parseSpdx } from './spdx.import.ts';

const bom = (components: unknown[]) =>
  JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', components });

describe('CycloneDX parser', () => {
  it('names the component field that is wrong', () => {
    expect(() => parseCycloneDx(bom([{ type: 'machine-learning-model' }]))).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ path: '/components/0/name' })] }),
    );
    expect(() => parseCycloneDx(JSON.stringify({ bomFormat: 'SPDX' }))).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });

  it('reads nested components, drops a malformed vendor URL, and links datasets named in dependencies', () => {
    const plan = parseCycloneDx(
      JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        components: [
          {
            type: 'application',
            name: 'app',
            components: [
              {
                type: 'machine-learning-model',
                'bom-ref': 'm',
                name: 'clf',
                version: '2',
                supplier: { name: 'Vendor', url: ['not a url'] },
                licenses: [{ license: { id: 'MIT' } }],
              },
              {
                type: 'data',
                'bom-ref': 'd',
                name: 'eval-set',
                data: [{ type: 'dataset', sensitiveData: ['emails'] }],
              },
            ],
          },
        ],
        dependencies: [{ ref: 'm', dependsOn: ['d', 'unknown'] }],
      }),
    );
    expect(plan.suppliers).toEqual([
      { ref: 'supplier:vendor', location: 'components.0.components.0.supplier', fields: { name: 'Vendor' } },
    ]);
    expect(plan.models[0]).toMatchObject({
      ref: 'cyclonedx:clf@2',
      fields: { licence: 'MIT', modelVersion: '2' },
      datasets: [{ ref: 'cyclonedx:eval-set', purpose: 'testing' }],
    });
    expect(plan.datasets[0]!.fields).toMatchObject({
      containsPersonalData: true,
      personalDataNotes: 'emails',
    });
  });
});

describe('SPDX parser', () => {
  it('refuses an AI package without an spdxId, naming the graph element by JSON pointer', () => {
    const doc = {
      '@context': 'https://spdx.org/rdf/3.0.1/spdx-context.jsonld',
      '@graph': [{ type: 'CreationInfo' }, { type: 'ai_AIPackage', name: 'x' }],
    };
    expect(() => parseSpdx(JSON.stringify(doc))).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ path: '/@graph/1/spdxId' })] }),
    );
  });
});

describe('Hugging Face card parser', () => {
  it('reports the YAML line of a syntax error and refuses a card without metadata', () => {
    expect(() => parseModelCard('---\nlicense: [mit\n---\n# x\n')).toThrow(
      expect.objectContaining({
        errors: [expect.objectContaining({ path: expect.stringMatching(/^line \d+, column \d+$/) })],
      }),
    );
    expect(() => parseModelCard('# Just prose\n')).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ path: 'line 1' })] }),
    );
  });

  it('takes the name from the heading or the caller, and the supplier from the base model’s namespace', () => {
    const card = '---\r\nlicense: mit\r\nbase_model: org/base\r\n---\r\n\r\nNo heading here.\r\n';
    expect(() => parseModelCard(card)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    const plan = parseModelCard(card, 'my-model');
    expect(plan.models[0]).toMatchObject({
      ref: 'hf:my-model',
      supplierRef: 'supplier:org',
      fields: { licence: 'mit', description: 'Fine-tuned from org/base.' },
    });
  });
});
