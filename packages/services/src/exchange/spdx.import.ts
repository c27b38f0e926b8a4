// SPDX 3.0 JSON-LD → inventory drafts: `ai_AIPackage` elements become models, `dataset_DatasetPackage` datasets,
// `suppliedBy` agents suppliers; `trainedOn`/`testedOn` relationships link them; licences come from
// `hasConcludedLicense` (else `hasDeclaredLicense`).
import { fieldErrorsFromIssues } from '@openaims/core';
import { z } from 'zod';
import { addSupplier, emptyPlan, type ImportPlan, parseJsonFile, refuse, textOf } from './import-plan.ts';

const Element = z
  .object({ type: z.string(), spdxId: z.string().optional(), name: z.string().optional() })
  .passthrough();
const Doc = z.object({
  '@context': z.string().regex(/spdx\.org\/rdf\/3\./, 'must be an SPDX 3 JSON-LD context'),
  '@graph': z.array(Element).min(1),
});
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

/** Parses an SPDX 3.0 JSON-LD document into an import plan, refusing it with locations when it is malformed. */
export function parseSpdx(text: string): ImportPlan {
  const parsed = Doc.safeParse(parseJsonFile(text));
  if (!parsed.success)
    refuse(
      'Not an SPDX 3 JSON-LD document this importer can read',
      fieldErrorsFromIssues(parsed.error.issues),
    );
  const graph = parsed.data['@graph'];
  const problems = graph.flatMap((e, i) =>
    AI_TYPES.has(e.type) && (!e.spdxId || !e.name)
      ? [{ path: `@graph.${i}.${e.spdxId ? 'name' : 'spdxId'}`, message: `${e.type} needs spdxId and name` }]
      : [],
  );
  if (problems.length) refuse('Incomplete SPDX elements', problems);
  const byId = new Map(graph.filter((e) => e.spdxId).map((e) => [e.spdxId!, e as Record<string, unknown>]));
  const rels = graph.filter((e) => e.type === 'Relationship') as Record<string, unknown>[];
  const related = (from: string, type: string) =>
    rels
      .filter((r) => r.from === from && r.relationshipType === type)
      .flatMap((r) => (Array.isArray(r.to) ? (r.to as string[]) : []));
  const licenceOf = (id: string) => {
    const to = related(id, 'hasConcludedLicense')[0] ?? related(id, 'hasDeclaredLicense')[0];
    return to ? licenceName(byId.get(to), to) : '';
  };
  const plan = emptyPlan();
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
      `${location}.suppliedBy`,
      /^https?:/.test(agentId) && !agent ? agentId : undefined,
    );
  };

  graph.forEach((el, i) => {
    const e = el as Record<string, unknown>;
    const id = el.spdxId!;
    const location = `@graph.${i}`;
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
        },
      });
    }
    if (el.type === 'ai_AIPackage') {
      const datasets = [
        ...related(id, 'trainedOn').map((ref) => ({ ref, purpose: 'training' as const })),
        ...related(id, 'testedOn').map((ref) => ({ ref, purpose: 'testing' as const })),
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
        },
      });
    }
  });
  return plan;
}
