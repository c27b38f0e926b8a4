// The inventory as a CycloneDX 1.6 ML-BOM (DESIGN §6): AI systems as applications, models as
// `machine-learning-model` with a `modelCard`, datasets as `data`, suppliers on each component; links as dependencies.
import { type AiSystem, assertCan, type Dataset, type Model, type Page, type Supplier } from '@openaims/core';
import { listAiSystems } from '../ai-systems/ai-system.service.ts';
import type { OrgContext } from '../context.ts';
import { listDatasets } from '../inventory/dataset.service.ts';
import { listModels } from '../inventory/model.service.ts';
import { listSuppliers } from '../inventory/supplier.service.ts';

async function all<T>(fetch: (cursor?: string) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

const prop = (name: string, value: string | null | undefined) =>
  value ? [{ name: `openaims:${name}`, value }] : [];
const licences = (l: string) => (l ? { licenses: [{ license: { name: l } }] } : {});

/** Builds the organization's active inventory as a CycloneDX 1.6 JSON BOM. */
export async function exportCycloneDx(ctx: OrgContext): Promise<Record<string, unknown>> {
  assertCan(ctx.role, 'inventory:export');
  const q = (cursor?: string) => ({ limit: 500, cursor });
  const [systems, models, datasets, suppliers] = await Promise.all([
    all<AiSystem>((c) => listAiSystems(ctx, q(c))),
    all<Model>((c) => listModels(ctx, q(c))),
    all<Dataset>((c) => listDatasets(ctx, q(c))),
    all<Supplier>((c) => listSuppliers(ctx, q(c))),
  ]);
  const bySupplier = new Map(suppliers.map((s) => [s.id, s]));
  const supplierOf = (id: string | null) => {
    const s = id ? bySupplier.get(id) : undefined;
    return s ? { supplier: { name: s.name, ...(s.url ? { url: [s.url] } : {}) } } : {};
  };
  const known = new Set([...models, ...datasets].map((x) => x.id));

  const components = [
    ...systems.map((s) => ({
      type: 'application',
      'bom-ref': s.id,
      name: s.name,
      description: s.purpose,
      ...supplierOf(s.supplierIds[0] ?? null),
      properties: [
        ...prop('lifecycleStage', s.lifecycleStage),
        ...prop('euAiAct:riskClass', s.riskClass),
        ...prop('euAiAct:operatorRole', s.operatorRole),
        ...prop('intendedUse', s.intendedUse),
        ...prop('humanOversight', s.humanOversight),
      ],
    })),
    ...models.map((m) => ({
      type: 'machine-learning-model',
      'bom-ref': m.id,
      name: m.name,
      ...(m.modelVersion ? { version: m.modelVersion } : {}),
      ...(m.description ? { description: m.description } : {}),
      ...(m.provider ? { publisher: m.provider } : {}),
      ...supplierOf(m.supplierId),
      ...licences(m.licence),
      modelCard: {
        modelParameters: {
          ...(m.modelType ? { task: m.modelType } : {}),
          datasets: [...new Set(m.datasets.map((d) => d.datasetId))]
            .filter((id) => known.has(id))
            .map((ref) => ({ ref })),
        },
        ...(m.metrics.length
          ? {
              quantitativeAnalysis: {
                performanceMetrics: m.metrics.map((x) => ({
                  type: x.name,
                  value: x.value,
                  ...(x.slice ? { slice: x.slice } : {}),
                })),
              },
            }
          : {}),
      },
      ...(m.verificationRecords.length
        ? {
            properties: m.verificationRecords.map((v) => ({
              name: `openaims:${v.kind}`,
              value: `${v.date} ${v.outcome}: ${v.summary}`,
            })),
          }
        : {}),
    })),
    ...datasets.map((d) => ({
      type: 'data',
      'bom-ref': d.id,
      name: d.name,
      ...(d.datasetVersion ? { version: d.datasetVersion } : {}),
      ...(d.description ? { description: d.description } : {}),
      ...supplierOf(d.supplierId),
      ...licences(d.licence),
      data: [
        {
          type: 'dataset',
          name: d.name,
          ...(d.provenance ? { description: d.provenance } : {}),
          ...(d.containsPersonalData ? { sensitiveData: [d.personalDataNotes || 'personal data'] } : {}),
        },
      ],
      properties: [
        ...prop('acquisition', d.acquisition),
        ...prop('preparation', d.preparation),
        ...prop('knownBias', d.knownBias),
        ...prop('qualityRequirements', d.qualityRequirements),
      ],
    })),
  ];
  const dependencies = [
    ...systems.map((s) => ({
      ref: s.id,
      dependsOn: [...new Set([...s.modelIds, ...s.datasetIds])].filter((id) => known.has(id)),
    })),
    ...models.map((m) => ({
      ref: m.id,
      dependsOn: [...new Set(m.datasets.map((d) => d.datasetId))].filter((id) => known.has(id)),
    })),
  ];
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${crypto.randomUUID()}`,
    version: 1,
    metadata: {
      timestamp: new Date().toISOString(),
      tools: { components: [{ type: 'application', name: 'OpenAIMS' }] },
    },
    components,
    dependencies,
  };
}
