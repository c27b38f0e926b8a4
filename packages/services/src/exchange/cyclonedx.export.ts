// The inventory as a CycloneDX 1.6 or 1.7 ML-BOM (DESIGN §6): AI systems as applications, models as
// `machine-learning-model` with a `modelCard`, datasets as `data`, suppliers on each component; links as dependencies.
// What imports kept in a record's attributes goes back where CycloneDX has a place for it (considerations, hashes,
// external references, tags), so a card or BOM round-trips.
import { createRequire } from 'node:module';
import {
  type AiSystem,
  assertCan,
  type Dataset,
  type Metric,
  type Model,
  type RecordAttributes,
  type Supplier,
} from '@openaims/core';
import { listAiSystems } from '../ai-systems/ai-system.service.ts';
import { allPages } from '../common/all-pages.ts';
import type { OrgContext } from '../context.ts';
import { listDatasets } from '../inventory/dataset.service.ts';
import { listModels } from '../inventory/model.service.ts';
import { listSuppliers } from '../inventory/supplier.service.ts';

const prop = (name: string, value: string | null | undefined) =>
  value ? [{ name: `openaims:${name}`, value }] : [];

/** The CycloneDX versions written. */
export const CYCLONEDX_EXPORT_VERSIONS = ['1.6', '1.7'] as const;
export type CycloneDxExportVersion = (typeof CYCLONEDX_EXPORT_VERSIONS)[number];

// SPDX licence ids by lower case, so a hub card's `apache-2.0` is written as the id `Apache-2.0`.
const SPDX_IDS: Map<string, string> = new Map(
  (createRequire(import.meta.url)('spdx-license-ids') as string[]).map((id) => [id.toLowerCase(), id]),
);

/** A licence as CycloneDX wants it: an SPDX id as `license.id`, an expression as `expression`, else a name. */
export function cycloneDxLicences(l: string): { licenses?: object[] } {
  const text = l.trim();
  if (!text) return {};
  const id = SPDX_IDS.get(text.toLowerCase());
  if (id) return { licenses: [{ license: { id } }] };
  const parts = text.split(/\s+(?:AND|OR|WITH)\s+/);
  if (
    parts.length > 1 &&
    parts.every((p) => SPDX_IDS.has(p.replace(/[()]/g, '').toLowerCase()) || /^LicenseRef-/.test(p))
  )
    return {
      licenses: [
        {
          expression: text.replace(/[\w.+-]+/g, (w) => SPDX_IDS.get(w.toLowerCase()) ?? w),
        },
      ],
    };
  return { licenses: [{ license: { name: text } }] };
}

const HASH_ALGS = new Map(
  [
    'MD5',
    'SHA-1',
    'SHA-256',
    'SHA-384',
    'SHA-512',
    'SHA3-256',
    'SHA3-384',
    'SHA3-512',
    'BLAKE2b-256',
    'BLAKE2b-384',
    'BLAKE2b-512',
    'BLAKE3',
  ].map((a) => [a.toLowerCase().replace(/[^a-z0-9]/g, ''), a]),
);
const REF_TYPES = new Set([
  'vcs',
  'issue-tracker',
  'website',
  'advisories',
  'bom',
  'mailing-list',
  'social',
  'chat',
  'documentation',
  'support',
  'source-distribution',
  'distribution',
  'distribution-intake',
  'license',
  'build-meta',
  'build-system',
  'release-notes',
  'security-contact',
  'model-card',
  'log',
  'configuration',
  'evidence',
  'formulation',
  'attestation',
  'threat-model',
  'adversary-model',
  'risk-assessment',
  'vulnerability-assertion',
  'exploitability-statement',
  'pentest-report',
  'static-analysis-report',
  'dynamic-analysis-report',
  'runtime-analysis-report',
  'component-analysis-report',
  'maturity-report',
  'certification-report',
  'codified-infrastructure',
  'quality-metrics',
  'poam',
  'electronic-signature',
  'digital-signature',
  'rfc-9116',
  'other',
]);

/** Hashes, external references and tags kept from an import, in the component fields CycloneDX has for them. */
function componentExtras(a: RecordAttributes): Record<string, unknown> {
  const hashes = (a.hashes ?? []).flatMap((h) => {
    const alg = HASH_ALGS.get(h.alg.toLowerCase().replace(/[^a-z0-9]/g, ''));
    return alg && /^[0-9a-fA-F]{32,128}$/.test(h.content) ? [{ alg, content: h.content }] : [];
  });
  const refs = (a.externalReferences ?? []).flatMap((r) =>
    r.url
      ? [
          {
            type: REF_TYPES.has(r.type) ? r.type : 'other',
            url: r.url,
            ...(r.comment ? { comment: r.comment } : {}),
          },
        ]
      : [],
  );
  const tags = [...new Set(a.tags ?? [])];
  return {
    ...(hashes.length ? { hashes } : {}),
    ...(refs.length ? { externalReferences: refs } : {}),
    ...(tags.length ? { tags } : {}),
  };
}

/** Model-card considerations from the attributes (use cases, limitations, ethics, fairness, environment). */
function considerations(a: RecordAttributes): Record<string, unknown> | undefined {
  const c = {
    ...(a.useCases?.length ? { useCases: a.useCases } : {}),
    ...(a.limitations?.length ? { technicalLimitations: a.limitations } : {}),
    ...(a.performanceTradeoffs?.length ? { performanceTradeoffs: a.performanceTradeoffs } : {}),
    ...(a.ethicalConsiderations?.length
      ? {
          ethicalConsiderations: a.ethicalConsiderations.map((e) => ({
            name: e.name,
            ...(e.mitigation ? { mitigationStrategy: e.mitigation } : {}),
          })),
        }
      : {}),
    ...(a.fairnessAssessments?.length
      ? {
          fairnessAssessments: a.fairnessAssessments.map((f) => ({
            ...(f.groupAtRisk ? { groupAtRisk: f.groupAtRisk } : {}),
            ...(f.benefits ? { benefits: f.benefits } : {}),
            ...(f.harms ? { harms: f.harms } : {}),
            ...(f.mitigation ? { mitigationStrategy: f.mitigation } : {}),
          })),
        }
      : {}),
    ...(a.environmentalCost?.length
      ? {
          environmentalConsiderations: {
            properties: a.environmentalCost.map((value) => ({ name: 'openaims:environmentalCost', value })),
          },
        }
      : {}),
  };
  return Object.keys(c).length ? c : undefined;
}

/**
 * A metric as a CycloneDX performance metric. CycloneDX has no field for the dataset a metric was measured on, so
 * it goes into `slice` as `dataset: X` (with `; slice: Y` when there is a slice too); the import reads it back.
 */
export function performanceMetric(x: Metric): Record<string, string> {
  const slice = x.dataset ? `dataset: ${x.dataset}${x.slice ? `; slice: ${x.slice}` : ''}` : x.slice;
  return { type: x.name, value: x.value, ...(slice ? { slice } : {}) };
}

/** Builds the organization's active inventory as a CycloneDX JSON BOM (1.6 unless 1.7 is asked for). */
export async function exportCycloneDx(
  ctx: OrgContext,
  opts: { specVersion?: CycloneDxExportVersion } = {},
): Promise<Record<string, unknown>> {
  const specVersion = opts.specVersion ?? '1.6';
  assertCan(ctx.role, 'inventory:export');
  const q = (cursor?: string) => ({ limit: 500, cursor });
  const [systems, models, datasets, suppliers] = await Promise.all([
    allPages<AiSystem>((c) => listAiSystems(ctx, q(c))),
    allPages<Model>((c) => listModels(ctx, q(c))),
    allPages<Dataset>((c) => listDatasets(ctx, q(c))),
    allPages<Supplier>((c) => listSuppliers(ctx, q(c))),
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
    ...models.map((m) => {
      const a = m.attributes ?? {};
      const cons = considerations(a);
      const properties = [
        ...prop('library', a.libraryName),
        ...(a.baseModels ?? []).flatMap((b) => prop('baseModel', b)),
        ...(a.languages ?? []).flatMap((l) => prop('language', l)),
        ...prop('licenseLink', a.licenseLink),
        ...m.verificationRecords.map((v) => ({
          name: `openaims:${v.kind}`,
          value: `${v.date} ${v.outcome}: ${v.summary}`,
        })),
      ];
      return {
        type: 'machine-learning-model',
        'bom-ref': m.id,
        name: m.name,
        ...(m.modelVersion ? { version: m.modelVersion } : {}),
        ...(m.description ? { description: m.description } : {}),
        ...(m.provider ? { publisher: m.provider } : {}),
        ...supplierOf(m.supplierId),
        ...cycloneDxLicences(m.licence),
        ...componentExtras(a),
        modelCard: {
          modelParameters: {
            // The task is the pipeline tag alone; the library is a property (they are different things).
            ...((a.pipelineTag ?? m.modelType) ? { task: a.pipelineTag ?? m.modelType } : {}),
            datasets: [...new Set(m.datasets.map((d) => d.datasetId))]
              .filter((id) => known.has(id))
              .map((ref) => ({ ref })),
          },
          ...(m.metrics.length
            ? { quantitativeAnalysis: { performanceMetrics: m.metrics.map(performanceMetric) } }
            : {}),
          ...(cons ? { considerations: cons } : {}),
        },
        ...(properties.length ? { properties } : {}),
      };
    }),
    ...datasets.map((d) => ({
      type: 'data',
      'bom-ref': d.id,
      name: d.name,
      ...(d.datasetVersion ? { version: d.datasetVersion } : {}),
      ...(d.description ? { description: d.description } : {}),
      ...supplierOf(d.supplierId),
      ...cycloneDxLicences(d.licence),
      ...componentExtras(d.attributes ?? {}),
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
    $schema: `http://cyclonedx.org/schema/bom-${specVersion}.schema.json`,
    bomFormat: 'CycloneDX',
    specVersion,
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
