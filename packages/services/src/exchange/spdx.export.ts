// The inventory as an SPDX 3.0.1 JSON-LD document (DESIGN §6; A.4.3, A.7.5): models as `ai_AIPackage`, datasets as
// `dataset_DatasetPackage`, suppliers as `Organization` (`suppliedBy`), licences as `LicenseExpression` with
// `hasConcludedLicense`, and a model's datasets as `trainedOn` / `testedOn` relationships. What an import kept in
// a record's attributes (limitations, autonomy type, domain, hyperparameters, dataset types …) goes back to its
// SPDX field, so an SPDX 3 file round-trips through `…/imports/spdx`.
import { assertCan, type Dataset, type Model, type Supplier } from '@openaims/core';
import { allPages } from '../common/all-pages.ts';
import type { OrgContext } from '../context.ts';
import { listDatasets } from '../inventory/dataset.service.ts';
import { listModels } from '../inventory/model.service.ts';
import { listSuppliers } from '../inventory/supplier.service.ts';

const CONTEXT = 'https://spdx.org/rdf/3.0.1/spdx-context.jsonld';
const CI = '_:creationinfo';
const DATASET_TYPES = new Set([
  'audio',
  'categorical',
  'graph',
  'image',
  'noAssertion',
  'numeric',
  'other',
  'sensor',
  'structured',
  'syntactic',
  'text',
  'timeseries',
  'timestamp',
  'video',
]);
const AUTONOMY = new Set(['yes', 'no', 'noAssertion']);
const SAFETY = new Set(['serious', 'high', 'medium', 'low']);

/** SPDX DateTime: UTC, whole seconds (`2026-12-02T10:00:00Z`). */
/** The fields every package of the graph (a dataset, a model) opens with; empty ones are left out. */
function packageHead(
  type: string,
  spdxId: string,
  name: string,
  description: string | null,
  version: string | null,
  purpose: 'data' | 'model',
): Record<string, unknown> {
  return {
    type,
    spdxId,
    creationInfo: CI,
    name,
    ...(description ? { description } : {}),
    ...(version ? { software_packageVersion: version } : {}),
    software_primaryPurpose: purpose,
  };
}

const spdxTime = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

/** Builds the organization's active inventory as an SPDX 3.0.1 JSON-LD document (AI and Dataset profiles). */
export async function exportSpdx(ctx: OrgContext, now: Date = new Date()): Promise<Record<string, unknown>> {
  assertCan(ctx.role, 'inventory:export');
  const q = (cursor?: string) => ({ limit: 500, cursor });
  const [models, datasets, suppliers] = await Promise.all([
    allPages<Model>((c) => listModels(ctx, q(c))),
    allPages<Dataset>((c) => listDatasets(ctx, q(c))),
    allPages<Supplier>((c) => listSuppliers(ctx, q(c))),
  ]);
  // Ids are IRIs of this organization's namespace; the record id keeps them stable between exports.
  const base = `urn:openaims:${ctx.orgId}`;
  const idOf = (kind: string, id: string) => `${base}:${kind}:${id}`;
  const tool = `${base}:tool:openaims`;
  const graph: Record<string, unknown>[] = [
    { type: 'CreationInfo', '@id': CI, specVersion: '3.0.1', created: spdxTime(now), createdBy: [tool] },
    { type: 'Organization', spdxId: tool, creationInfo: CI, name: 'OpenAIMS' },
  ];
  const used = new Set([...models.map((m) => m.supplierId), ...datasets.map((d) => d.supplierId)]);
  for (const s of suppliers)
    if (used.has(s.id))
      graph.push({
        type: 'Organization',
        spdxId: idOf('supplier', s.id),
        creationInfo: CI,
        name: s.name,
        ...(s.url
          ? {
              externalIdentifier: [
                { type: 'ExternalIdentifier', externalIdentifierType: 'urlScheme', identifier: s.url },
              ],
            }
          : {}),
      });
  const known = new Set(suppliers.map((s) => s.id));
  const supplied = (id: string | null) => (id && known.has(id) ? { suppliedBy: idOf('supplier', id) } : {});
  const rels: Record<string, unknown>[] = [];
  let n = 0;
  const rel = (from: string, relationshipType: string, to: string[]) =>
    rels.push({
      type: 'Relationship',
      spdxId: `${base}:relationship:${++n}`,
      creationInfo: CI,
      from,
      relationshipType,
      to,
    });
  const licence = (from: string, text: string) => {
    if (!text.trim()) return;
    const lid = `${from}:licence`;
    graph.push({
      type: 'simplelicensing_LicenseExpression',
      spdxId: lid,
      creationInfo: CI,
      simplelicensing_licenseExpression: text.trim(),
    });
    rel(from, 'hasConcludedLicense', [lid]);
  };
  const extras = (a: Model['attributes']) => ({
    ...(a.hashes?.length
      ? { verifiedUsing: a.hashes.map((h) => ({ type: 'Hash', algorithm: h.alg, hashValue: h.content })) }
      : {}),
    ...(a.externalReferences?.length
      ? {
          externalRef: a.externalReferences.map((r) => ({
            type: 'ExternalRef',
            externalRefType: 'other',
            locator: [r.url],
            ...(r.comment ? { comment: r.comment } : {}),
          })),
        }
      : {}),
  });

  for (const d of datasets) {
    const id = idOf('dataset', d.id);
    const a = d.attributes;
    const types = (a.datasetTypes ?? []).filter((t) => DATASET_TYPES.has(t));
    graph.push({
      ...packageHead('dataset_DatasetPackage', id, d.name, d.description, d.datasetVersion, 'data'),
      // Required by the Dataset profile; `noAssertion` when the record does not say.
      dataset_datasetType: types.length ? types : ['noAssertion'],
      ...(d.acquisition ? { dataset_dataCollectionProcess: d.acquisition } : {}),
      ...(d.preparation ? { dataset_dataPreprocessing: [d.preparation] } : {}),
      ...(d.knownBias ? { dataset_knownBias: [d.knownBias] } : {}),
      ...(d.containsPersonalData === null
        ? {}
        : { dataset_hasSensitivePersonalInformation: d.containsPersonalData ? 'yes' : 'no' }),
      ...(a.datasetSize && /^\d+$/.test(a.datasetSize) ? { dataset_datasetSize: Number(a.datasetSize) } : {}),
      ...(a.confidentialityLevel && ['red', 'amber', 'green', 'clear'].includes(a.confidentialityLevel)
        ? { dataset_confidentialityLevel: a.confidentialityLevel }
        : {}),
      ...supplied(d.supplierId),
      ...extras(a),
    });
    licence(id, d.licence);
  }
  const datasetIds = new Set(datasets.map((d) => d.id));
  for (const m of models) {
    const id = idOf('model', m.id);
    const a = m.attributes;
    graph.push({
      ...packageHead('ai_AIPackage', id, m.name, m.description, m.modelVersion, 'model'),
      ...(m.modelType ? { ai_typeOfModel: [m.modelType] } : {}),
      ...(m.metrics.length
        ? {
            ai_metric: m.metrics.map((x) => ({
              type: 'DictionaryEntry',
              key: x.name,
              value: x.value,
            })),
          }
        : {}),
      ...(a.limitations?.length ? { ai_limitation: a.limitations.join('\n\n') } : {}),
      ...(a.autonomyType && AUTONOMY.has(a.autonomyType) ? { ai_autonomyType: a.autonomyType } : {}),
      ...(a.safetyRiskAssessment && SAFETY.has(a.safetyRiskAssessment)
        ? { ai_safetyRiskAssessment: a.safetyRiskAssessment }
        : {}),
      ...(a.domain?.length ? { ai_domain: a.domain } : {}),
      ...(a.hyperparameters?.length
        ? {
            ai_hyperparameter: a.hyperparameters.map((h) => ({
              type: 'DictionaryEntry',
              key: h.key,
              value: h.value,
            })),
          }
        : {}),
      ...supplied(m.supplierId),
      ...extras(a),
    });
    licence(id, m.licence);
    // SPDX has `trainedOn` and `testedOn`; a validation set is a dataset the model was tested on.
    const on = (purposes: string[]) =>
      m.datasets
        .filter((l) => purposes.includes(l.purpose) && datasetIds.has(l.datasetId))
        .map((l) => idOf('dataset', l.datasetId));
    const trained = on(['training']);
    const tested = on(['testing', 'validation']);
    if (trained.length) rel(id, 'trainedOn', trained);
    if (tested.length) rel(id, 'testedOn', tested);
  }
  const roots = [...models.map((m) => idOf('model', m.id)), ...datasets.map((d) => idOf('dataset', d.id))];
  graph.push(...rels, {
    type: 'SpdxDocument',
    spdxId: `${base}:document`,
    creationInfo: CI,
    name: 'AI inventory',
    profileConformance: ['core', 'software', 'ai', 'dataset'],
    ...(roots.length ? { rootElement: roots } : {}),
  });
  return { '@context': CONTEXT, '@graph': graph };
}
