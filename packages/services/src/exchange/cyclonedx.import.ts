// CycloneDX 1.6 ML-BOM → inventory drafts: `machine-learning-model` components (with `modelCard`) become
// models, `data` components and inline model-card datasets become datasets, suppliers/manufacturers suppliers.
import { fieldErrorsFromIssues } from '@openaims/core';
import { z } from 'zod';
import {
  addSupplier,
  emptyPlan,
  type ImportPlan,
  parseJsonFile,
  purposeFromName,
  refuse,
} from './import-plan.ts';

const Entity = z.object({ name: z.string().optional(), url: z.array(z.string()).optional() }).passthrough();
const License = z
  .object({
    license: z.object({ id: z.string().optional(), name: z.string().optional() }).passthrough().optional(),
    expression: z.string().optional(),
  })
  .passthrough();
const ComponentData = z
  .object({
    'bom-ref': z.string().optional(),
    type: z.string(),
    name: z.string().optional(),
    description: z.string().optional(),
    classification: z.string().optional(),
    sensitiveData: z.array(z.string()).optional(),
    contents: z.object({ url: z.string().optional() }).passthrough().optional(),
    governance: z.record(z.string(), z.array(z.unknown())).optional(),
  })
  .passthrough();
const DatasetRef = z.union([z.object({ ref: z.string() }).strict(), ComponentData]);
type Component = z.infer<typeof ComponentBase> & { components?: Component[] };
const ComponentBase = z
  .object({
    type: z.string(),
    name: z.string().min(1),
    'bom-ref': z.string().optional(),
    group: z.string().optional(),
    version: z.string().optional(),
    description: z.string().optional(),
    publisher: z.string().optional(),
    purl: z.string().optional(),
    supplier: Entity.optional(),
    manufacturer: Entity.optional(),
    licenses: z.array(License).optional(),
    data: z.array(ComponentData).optional(),
    modelCard: z
      .object({
        modelParameters: z
          .object({
            task: z.string().optional(),
            approach: z.object({ type: z.string().optional() }).passthrough().optional(),
            architectureFamily: z.string().optional(),
            modelArchitecture: z.string().optional(),
            datasets: z.array(DatasetRef).optional(),
          })
          .passthrough()
          .optional(),
        quantitativeAnalysis: z
          .object({
            performanceMetrics: z
              .array(
                z
                  .object({
                    type: z.string().optional(),
                    value: z.string().optional(),
                    slice: z.string().optional(),
                  })
                  .passthrough(),
              )
              .optional(),
          })
          .passthrough()
          .optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough();
const Component: z.ZodType<Component> = ComponentBase.extend({
  components: z.lazy(() => z.array(Component)).optional(),
});
const Bom = z
  .object({
    bomFormat: z.literal('CycloneDX'),
    specVersion: z.string().regex(/^1\.[4-6]$/, 'only CycloneDX 1.4–1.6 is read'),
    components: z.array(Component).optional(),
    dependencies: z
      .array(z.object({ ref: z.string(), dependsOn: z.array(z.string()).optional() }).passthrough())
      .optional(),
  })
  .passthrough();

const refOf = (c: { purl?: string; group?: string; name: string; version?: string }) =>
  c.purl ?? `cyclonedx:${c.group ? `${c.group}/` : ''}${c.name}${c.version ? `@${c.version}` : ''}`;
const licenceOf = (ls: z.infer<typeof License>[] | undefined) =>
  (ls ?? [])
    .map((l) => l.expression ?? l.license?.id ?? l.license?.name ?? '')
    .filter(Boolean)
    .join(' AND ');

function datasetFields(d: z.infer<typeof ComponentData>, fallbackName: string) {
  const gov = d.governance
    ? Object.entries(d.governance).map(
        ([role, who]) =>
          `${role}: ${who.map((w) => (w as { organization?: { name?: string } }).organization?.name ?? JSON.stringify(w)).join(', ')}`,
      )
    : [];
  return {
    name: d.name ?? fallbackName,
    description: d.description ?? '',
    provenance: [d.contents?.url ? `Source: ${d.contents.url}` : '', ...gov].filter(Boolean).join('\n'),
    ...(d.sensitiveData
      ? { containsPersonalData: d.sensitiveData.length > 0, personalDataNotes: d.sensitiveData.join('\n') }
      : {}),
    ...(d.classification ? { qualityRequirements: `Classification: ${d.classification}` } : {}),
  };
}

/** Parses a CycloneDX JSON BOM into an import plan, refusing it with locations when it is malformed. */
export function parseCycloneDx(text: string): ImportPlan {
  const parsed = Bom.safeParse(parseJsonFile(text));
  if (!parsed.success)
    refuse('Not a CycloneDX BOM this importer can read', fieldErrorsFromIssues(parsed.error.issues));
  const bom = parsed.data;
  const plan = emptyPlan();
  const byBomRef = new Map<string, string>();
  const modelDeps = new Map<string, string[]>();
  for (const d of bom.dependencies ?? []) modelDeps.set(d.ref, d.dependsOn ?? []);

  const visit = (c: Component, location: string) => {
    const vendor = c.supplier?.name ?? c.manufacturer?.name;
    const sRef = vendor
      ? addSupplier(
          plan,
          vendor,
          `${location}.${c.supplier?.name ? 'supplier' : 'manufacturer'}`,
          c.supplier?.url?.[0] ?? c.manufacturer?.url?.[0],
        )
      : undefined;
    if (c.type === 'data') {
      const ref = refOf(c);
      if (c['bom-ref']) byBomRef.set(c['bom-ref'], ref);
      const first = c.data?.[0];
      const fields = first ? datasetFields(first, c.name) : { name: c.name };
      plan.datasets.push({
        ref,
        location,
        supplierRef: sRef,
        fields: {
          ...fields,
          name: c.name,
          datasetVersion: c.version ?? '',
          licence: licenceOf(c.licenses),
          description: c.description ?? first?.description ?? '',
        },
      });
    }
    if (c.type === 'machine-learning-model') {
      const ref = refOf(c);
      if (c['bom-ref']) byBomRef.set(c['bom-ref'], ref);
      const mp = c.modelCard?.modelParameters;
      const datasets: ImportPlan['models'][number]['datasets'] = [];
      (mp?.datasets ?? []).forEach((d, i) => {
        if ('ref' in d && typeof d.ref === 'string' && !('type' in d)) {
          datasets.push({ ref: `bom-ref:${d.ref}`, purpose: 'training' });
          return;
        }
        const cd = d as z.infer<typeof ComponentData>;
        const dsName = cd.name ?? `${c.name} dataset ${i + 1}`;
        const dsRef = `${ref}#dataset:${dsName}`;
        if (cd['bom-ref']) byBomRef.set(cd['bom-ref'], dsRef);
        plan.datasets.push({
          ref: dsRef,
          location: `${location}.modelCard.modelParameters.datasets.${i}`,
          fields: datasetFields(cd, dsName),
        });
        datasets.push({ ref: dsRef, purpose: purposeFromName(dsName) });
      });
      for (const dep of (c['bom-ref'] && modelDeps.get(c['bom-ref'])) || [])
        datasets.push({ ref: `bom-ref:${dep}`, purpose: 'training' });
      const metrics = (c.modelCard?.quantitativeAnalysis?.performanceMetrics ?? [])
        .filter((m) => m.type)
        .map((m) => ({
          name: m.type!.slice(0, 200),
          value: (m.value ?? '').slice(0, 200),
          ...(m.slice ? { slice: m.slice.slice(0, 300) } : {}),
        }));
      plan.models.push({
        ref,
        location,
        supplierRef: sRef,
        datasets,
        fields: {
          name: c.group ? `${c.group}/${c.name}` : c.name,
          modelVersion: c.version ?? '',
          modelType: [mp?.task, mp?.approach?.type, mp?.architectureFamily ?? mp?.modelArchitecture]
            .filter(Boolean)
            .join(', ')
            .slice(0, 200),
          provider: c.publisher ?? c.manufacturer?.name ?? c.supplier?.name ?? '',
          licence: licenceOf(c.licenses),
          description: c.description ?? '',
          metrics,
        },
      });
    }
    for (const [i, child] of (c.components ?? []).entries()) visit(child, `${location}.components.${i}`);
  };
  for (const [i, c] of (bom.components ?? []).entries()) visit(c, `components.${i}`);

  // Dependencies name bom-refs; keep the links that point at datasets of this file, resolved to their references.
  // CycloneDX does not say whether data trained or tested a model, so the dataset's name decides (training by default).
  for (const m of plan.models) {
    m.datasets = m.datasets.flatMap((d) => {
      if (!d.ref.startsWith('bom-ref:')) return [d];
      const resolved = byBomRef.get(d.ref.slice('bom-ref:'.length));
      const target = resolved ? plan.datasets.find((x) => x.ref === resolved) : undefined;
      return target ? [{ ref: target.ref, purpose: purposeFromName(target.fields.name) }] : [];
    });
  }
  return plan;
}
