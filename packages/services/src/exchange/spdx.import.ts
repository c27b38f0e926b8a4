// SPDX 3.0 JSON-LD → inventory drafts: `ai_AIPackage` elements become models, `dataset_DatasetPackage` datasets,
// `suppliedBy` agents suppliers; `trainedOn`/`testedOn` relationships link them (also when a file writes them from
// the dataset to the model); licences come from `hasConcludedLicense` (else `hasDeclaredLicense`). The AI and
// Dataset profile fields without a field of their own are kept in the record's attributes.
import type { RecordAttributes } from '@openaims/core';
import { isHttpUrl } from '@openaims/core';
import { z } from 'zod';
import {
  addSupplier,
  emptyPlan,
  type ImportPlan,
  parseJsonFile,
  pointerErrors,
  refuse,
  textOf,
} from './import-plan.ts';
import { otherAttributes } from './other-attributes.ts';

const Element = z
  .object({ type: z.string(), spdxId: z.string().optional(), name: z.string().optional() })
  .passthrough();
const Doc = z.object({ '@graph': z.array(Element).min(1) });

/** Refuses SPDX 2 and non-SPDX files by name; returns the SPDX 3 version read from the context. */
function checkHeader(json: unknown): string {
  const o = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  if (typeof o.spdxVersion === 'string' || 'SPDXID' in o)
    refuse(`This is SPDX 2 (${String(o.spdxVersion ?? 'SPDX-2.x')}); send SPDX 3`, [
      {
        path: '/spdxVersion',
        message:
          'SPDX 2 has no AI or Dataset profile; convert the document to SPDX 3.0 JSON-LD (e.g. with spdx3-convert or the SPDX tools) or export SPDX 3 from your generator',
      },
    ]);
  if (o.bomFormat === 'CycloneDX')
    refuse(`This is a CycloneDX BOM (${String(o.specVersion ?? '')}), not SPDX`, [
      { path: '/bomFormat', message: 'send it to …/imports/cyclonedx' },
    ]);
  const ctx = Array.isArray(o['@context']) ? o['@context'] : [o['@context']];
  const url = ctx.find((c): c is string => typeof c === 'string' && /spdx\.org\/rdf\/3\./.test(c));
  if (!url)
    refuse('Not an SPDX 3 JSON-LD document (version unknown)', [
      {
        path: '/@context',
        message:
          'expected "@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"; send SPDX 3.0 JSON-LD',
      },
    ]);
  return `SPDX ${/rdf\/(3\.[\d.]+)/.exec(url)?.[1] ?? '3'}`;
}

const str = (v: unknown, n = 20_000) =>
  typeof v === 'string' ? v.slice(0, n) : typeof v === 'number' ? String(v) : undefined;

/** The AI and Dataset profile fields (and integrity data) as record attributes. */
function attributesOf(e: Record<string, unknown>, format: string): RecordAttributes {
  const a: RecordAttributes = { format };
  const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
  const strs = (v: unknown, n = 300) => list(v).flatMap((x) => (str(x, n) ? [str(x, n)!] : []));
  const lim = strs(e.ai_limitation, 20_000);
  if (lim.length) a.limitations = lim;
  const sra = str(e.ai_safetyRiskAssessment, 50);
  if (sra) a.safetyRiskAssessment = sra;
  const aut = str(e.ai_autonomyType, 50);
  if (aut) a.autonomyType = aut;
  const domain = strs(e.ai_domain);
  if (domain.length) a.domain = domain.slice(0, 100);
  const hp = entries(e.ai_hyperparameter);
  if (hp.length)
    a.hyperparameters = hp
      .slice(0, 1000)
      .map((h) => ({ key: h.key.slice(0, 300), value: h.value.slice(0, 2000) }));
  const energy = e.ai_energyConsumption as Record<string, unknown> | undefined;
  if (energy && typeof energy === 'object') {
    a.environmentalCost = Object.entries(energy)
      .filter(([k]) => k !== 'type')
      .flatMap(([k, v]) =>
        list(v).map((x) => {
          const o = x as { ai_energyQuantity?: unknown; ai_energyUnit?: unknown };
          return `${k.replace(/^ai_/, '')}: ${String(o?.ai_energyQuantity ?? JSON.stringify(x))} ${String(o?.ai_energyUnit ?? '')}`.trim();
        }),
      )
      .slice(0, 200);
  }
  const size = str(e.dataset_datasetSize, 50);
  if (size) a.datasetSize = size;
  const conf = str(e.dataset_confidentialityLevel, 50);
  if (conf) a.confidentialityLevel = conf;
  const types = strs(e.dataset_datasetType, 100);
  if (types.length) a.datasetTypes = types.slice(0, 50);
  const hashes = list(e.verifiedUsing).flatMap((h) => {
    const o = h as { algorithm?: unknown; hashValue?: unknown };
    return typeof o?.algorithm === 'string' && typeof o.hashValue === 'string'
      ? [{ alg: o.algorithm.slice(0, 50), content: o.hashValue.slice(0, 1000) }]
      : [];
  });
  if (hashes.length) a.hashes = hashes.slice(0, 100);
  const refs = list(e.externalRef).flatMap((r) => {
    const o = r as { externalRefType?: unknown; locator?: unknown; comment?: unknown };
    return list(o?.locator).flatMap((l) =>
      typeof l === 'string'
        ? [
            {
              type: String(o.externalRefType ?? 'other').slice(0, 100),
              url: l.slice(0, 4000),
              ...(typeof o.comment === 'string' ? { comment: o.comment.slice(0, 2000) } : {}),
            },
          ]
        : [],
    );
  });
  const httpRefs = refs.filter((r) => isHttpUrl(r.url) && r.url.length <= 2000);
  if (httpRefs.length) a.externalReferences = httpRefs.slice(0, 500);
  const other = otherAttributes(e, [
    'ai_informationAboutTraining',
    'ai_informationAboutApplication',
    'ai_modelExplainability',
    'ai_modelDataPreprocessing',
    'ai_standardCompliance',
    'ai_useSensitivePersonalInformation',
    'ai_metricDecisionThreshold',
    'dataset_datasetAvailability',
    'dataset_datasetNoise',
    'dataset_datasetUpdateMechanism',
    'dataset_anonymizationMethodUsed',
    'dataset_sensor',
    'software_primaryPurpose',
    'releaseTime',
  ]);
  if (other) a.other = other;
  return a;
}
const AI_TYPES = new Set(['ai_AIPackage', 'dataset_DatasetPackage']);

const licenceName = (el: Record<string, unknown> | undefined, id: string) => {
  const expr = el?.simplelicensing_licenseExpression;
  if (typeof expr === 'string') return expr;
  if (typeof el?.name === 'string') return el.name;
  const m = /spdx\.org\/licenses\/([^/]+)$/.exec(id);
  return m ? m[1]! : 'LicenseRef-custom';
};
const entries = (v: unknown) =>
  Array.isArray(v)
    ? v.flatMap((e) =>
        e && typeof e === 'object' && 'key' in e
          ? [
              {
                key: String((e as { key: unknown }).key),
                value: String((e as { value?: unknown }).value ?? ''),
              },
            ]
          : [],
      )
    : [];

/** A name for an element the file leaves unnamed (`name` is optional in SPDX 3): the last part of its id. */
const nameFromId = (id: string) =>
  decodeURIComponent(
    id
      .replace(/[#/]+$/, '')
      .split(/[/#:]/)
      .filter(Boolean)
      .pop() ?? id,
  ).slice(0, 300);

/** Parses an SPDX 3.0 JSON-LD document into an import plan, refusing it with locations when it is malformed. */
export function parseSpdx(text: string): ImportPlan {
  const json = parseJsonFile(text, 'The SPDX document');
  const format = checkHeader(json);
  const parsed = Doc.safeParse(json);
  if (!parsed.success)
    refuse(
      `Not an ${format} JSON-LD document this importer can read (fix the fields named)`,
      pointerErrors(parsed.error.issues),
    );
  const graph = parsed.data['@graph'];
  const problems = graph.flatMap((e, i) =>
    AI_TYPES.has(e.type) && !e.spdxId
      ? [
          {
            path: `/@graph/${i}/spdxId`,
            message: `${e.type} needs an spdxId (${format} requires one on every element)`,
          },
        ]
      : [],
  );
  if (problems.length) refuse(`Incomplete ${format} elements`, problems);
  const plan = emptyPlan(format);
  for (const e of graph)
    if (AI_TYPES.has(e.type) && !e.name) {
      e.name = nameFromId(e.spdxId!);
      plan.notes.push(`${e.spdxId} has no name; it was named "${e.name}" after its spdxId`);
    }
  const byId = new Map(graph.filter((e) => e.spdxId).map((e) => [e.spdxId!, e as Record<string, unknown>]));
  const rels = graph.filter((e) => e.type === 'Relationship') as Record<string, unknown>[];
  const toList = (v: unknown) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []) as string[];
  const related = (from: string, type: string) =>
    rels.filter((r) => r.from === from && r.relationshipType === type).flatMap((r) => toList(r.to));
  // Some generators write `trainedOn`/`testedOn` from the dataset to the model; the types tell them apart.
  const reversed = (model: string, type: string) =>
    rels
      .filter(
        (r) =>
          r.relationshipType === type &&
          typeof r.from === 'string' &&
          byId.get(r.from)?.type === 'dataset_DatasetPackage' &&
          toList(r.to).includes(model),
      )
      .map((r) => r.from as string);
  const licenceOf = (id: string) => {
    const to = related(id, 'hasConcludedLicense')[0] ?? related(id, 'hasDeclaredLicense')[0];
    return to ? licenceName(byId.get(to), to) : '';
  };
  const supplierOf = (e: Record<string, unknown>, location: string) => {
    const agentId = typeof e.suppliedBy === 'string' ? e.suppliedBy : undefined;
    if (!agentId) return undefined;
    const agent = byId.get(agentId);
    const name =
      typeof agent?.name === 'string'
        ? agent.name
        : (agentId
            .replace(/^https?:\/\/(www\.)?/, '')
            .split('/')
            .filter(Boolean)
            .pop() ?? agentId);
    return addSupplier(
      plan,
      name,
      `${location}/suppliedBy`,
      /^https?:/.test(agentId) && !agent ? agentId : undefined,
    );
  };

  graph.forEach((el, i) => {
    const e = el as Record<string, unknown>;
    const id = el.spdxId!;
    const location = `/@graph/${i}`;
    if (/^software_(Package|File|Snippet)$/.test(el.type))
      plan.skipped.push({
        location,
        name: el.name ?? el.spdxId ?? el.type,
        reason: `a ${el.type}, not an AI or Dataset package; the AI inventory keeps models, datasets and their suppliers`,
      });
    const description = [e.summary, e.description, e.comment]
      .filter((x) => typeof x === 'string')
      .join('\n\n');
    if (el.type === 'dataset_DatasetPackage') {
      const sensitive = e.dataset_hasSensitivePersonalInformation;
      plan.datasets.push({
        ref: id,
        location,
        supplierRef: supplierOf(e, location),
        fields: {
          name: el.name!,
          datasetVersion: textOf(e.software_packageVersion),
          description: [
            description,
            textOf(e.dataset_intendedUse) && `Intended use: ${textOf(e.dataset_intendedUse)}`,
          ]
            .filter(Boolean)
            .join('\n\n'),
          provenance: [
            textOf(e.software_downloadLocation) && `Source: ${textOf(e.software_downloadLocation)}`,
            textOf(e.builtTime) && `Built: ${textOf(e.builtTime)}`,
          ]
            .filter(Boolean)
            .join('\n'),
          acquisition: textOf(e.dataset_dataCollectionProcess),
          preparation: textOf(e.dataset_dataPreprocessing),
          knownBias: textOf(e.dataset_knownBias),
          licence: licenceOf(id),
          ...(sensitive === 'yes' || sensitive === 'no' ? { containsPersonalData: sensitive === 'yes' } : {}),
          attributes: attributesOf(e, format),
        },
      });
    }
    if (el.type === 'ai_AIPackage') {
      const datasets = [
        ...[...related(id, 'trainedOn'), ...reversed(id, 'trainedOn')].map((ref) => ({
          ref,
          purpose: 'training' as const,
        })),
        ...[...related(id, 'testedOn'), ...reversed(id, 'testedOn')].map((ref) => ({
          ref,
          purpose: 'testing' as const,
        })),
      ].filter((d) => byId.get(d.ref)?.type === 'dataset_DatasetPackage');
      plan.models.push({
        ref: id,
        location,
        supplierRef: supplierOf(e, location),
        datasets,
        fields: {
          name: el.name!,
          modelVersion: textOf(e.software_packageVersion),
          modelType: textOf(e.ai_typeOfModel, ', ').slice(0, 200),
          description,
          licence: licenceOf(id),
          metrics: entries(e.ai_metric).map((m) => ({
            name: m.key.slice(0, 200),
            value: m.value.slice(0, 200),
          })),
          attributes: attributesOf(e, format),
        },
      });
    }
  });
  return plan;
}
