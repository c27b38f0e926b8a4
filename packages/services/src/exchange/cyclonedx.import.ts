// CycloneDX 1.4–1.7 ML-BOM (JSON or XML) → inventory drafts: `machine-learning-model` components (with
// `modelCard`) become models, `data` components and inline model-card datasets become datasets, and the suppliers
// or manufacturers of those become suppliers. Other components (libraries, applications) are ML-irrelevant for the
// AI inventory (A.4.3): they are listed as skipped, never turned into suppliers.
import type { RecordAttributes } from '@openaims/core';
import { isHttpUrl } from '@openaims/core';
import { z } from 'zod';
import { cycloneDxXmlToJson, looksLikeXml } from './cyclonedx.xml.ts';
import {
  addSupplier,
  emptyPlan,
  type ImportPlan,
  parseJsonFile,
  pointerErrors,
  purposeFromName,
  refuse,
} from './import-plan.ts';

/** The CycloneDX versions read; 1.7 (2025) is what current generators write. */
const READ_VERSIONS = ['1.4', '1.5', '1.6', '1.7'];

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
    hashes: z.array(z.object({ alg: z.string(), content: z.string() }).passthrough()).optional(),
    externalReferences: z
      .array(z.object({ type: z.string(), url: z.string(), comment: z.string().optional() }).passthrough())
      .optional(),
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
    specVersion: z.string(),
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

const texts = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.flatMap((x) => (typeof x === 'string' ? [x.slice(0, 20_000)] : [])).slice(0, 200)
    : typeof v === 'string'
      ? [v.slice(0, 20_000)]
      : [];
const s0 = (v: unknown) => (typeof v === 'string' ? v.slice(0, 20_000) : undefined);
const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** Model-card considerations, external references, hashes and properties as record attributes. */
function attributesOf(c: Component, format: string): RecordAttributes {
  const a: RecordAttributes = { format };
  const cons = (c.modelCard as { considerations?: Record<string, unknown> } | undefined)?.considerations;
  if (cons) {
    const put = (k: 'useCases' | 'limitations' | 'performanceTradeoffs', v: unknown) => {
      const t = texts(v);
      if (t.length) a[k] = t;
    };
    put('useCases', [...texts(cons.users).map((u) => `Users: ${u}`), ...texts(cons.useCases)]);
    put('limitations', cons.technicalLimitations);
    put('performanceTradeoffs', cons.performanceTradeoffs);
    const eth = Array.isArray(cons.ethicalConsiderations) ? cons.ethicalConsiderations : [];
    if (eth.length)
      a.ethicalConsiderations = eth.slice(0, 200).map((e) =>
        defined({
          name: s0((e as Record<string, unknown>).name) ?? '',
          mitigation: s0((e as Record<string, unknown>).mitigationStrategy),
        }),
      );
    const fair = Array.isArray(cons.fairnessAssessments) ? cons.fairnessAssessments : [];
    if (fair.length)
      a.fairnessAssessments = fair.slice(0, 200).map((f) => {
        const x = f as Record<string, unknown>;
        return defined({
          groupAtRisk: s0(x.groupAtRisk),
          benefits: s0(x.benefits),
          harms: s0(x.harms),
          mitigation: s0(x.mitigationStrategy),
        });
      });
    const env = cons.environmentalConsiderations as
      | { energyConsumptions?: Record<string, unknown>[]; properties?: unknown }
      | undefined;
    const q = (v: unknown) => {
      const o = v as { value?: unknown; unit?: unknown } | undefined;
      return o && o.value !== undefined ? `${String(o.value)} ${String(o.unit ?? '')}`.trim() : undefined;
    };
    const lines = (env?.energyConsumptions ?? []).map((e) =>
      [
        `${String(e.activity ?? 'activity')}:`,
        q(e.activityEnergyCost) && `energy ${q(e.activityEnergyCost)}`,
        q(e.co2CostEquivalent) && `CO2 ${q(e.co2CostEquivalent)}`,
        q(e.co2CostOffset) && `offset ${q(e.co2CostOffset)}`,
        Array.isArray(e.energyProviders) &&
          e.energyProviders.length > 0 &&
          `providers ${e.energyProviders
            .map((p) => {
              const pp = p as {
                description?: string;
                energySource?: string;
                organization?: { name?: string };
              };
              return [pp.organization?.name, pp.description, pp.energySource].filter(Boolean).join(', ');
            })
            .join('; ')}`,
      ]
        .filter(Boolean)
        .join(' ')
        .slice(0, 20_000),
    );
    if (lines.length) a.environmentalCost = lines.slice(0, 200);
  }
  if (c.externalReferences?.length)
    // Only http(s) addresses are stored (a `javascript:` or `file:` reference would be a hostile or dead link).
    a.externalReferences = c.externalReferences
      .filter((r) => isHttpUrl(r.url))
      .slice(0, 500)
      .map((r) =>
        defined({
          type: r.type.slice(0, 100),
          url: r.url.slice(0, 2000),
          comment: r.comment?.slice(0, 2000),
        }),
      );
  if (c.hashes?.length)
    a.hashes = c.hashes
      .slice(0, 100)
      .map((h) => ({ alg: h.alg.slice(0, 50), content: h.content.slice(0, 1000) }));
  const props = (c as { properties?: { name?: unknown; value?: unknown }[] }).properties;
  const mcProps = (c.modelCard as { properties?: { name?: unknown; value?: unknown }[] } | undefined)
    ?.properties;
  const other: Record<string, string> = {};
  const envProps = (
    cons?.environmentalConsiderations as { properties?: { name?: unknown; value?: unknown }[] } | undefined
  )?.properties;
  const push = (k: 'baseModels' | 'languages' | 'environmentalCost', v: string) => {
    a[k] = [...(a[k] ?? []), v.slice(0, k === 'environmentalCost' ? 20_000 : 300)];
  };
  for (const p of [
    ...(Array.isArray(props) ? props : []),
    ...(Array.isArray(mcProps) ? mcProps : []),
    ...(Array.isArray(envProps) ? envProps : []),
  ]) {
    if (typeof p?.name !== 'string' || p.value === undefined) continue;
    const value = String(p.value);
    // The properties our own export writes go back to the attributes they came from (a round trip).
    if (p.name === 'openaims:library') a.libraryName = value.slice(0, 200);
    else if (p.name === 'openaims:baseModel') push('baseModels', value);
    else if (p.name === 'openaims:language') push('languages', value);
    else if (p.name === 'openaims:licenseLink' && isHttpUrl(value)) a.licenseLink = value;
    else if (p.name === 'openaims:environmentalCost') push('environmentalCost', value);
    else other[p.name.slice(0, 300)] = value.slice(0, 20_000);
  }
  const tags = (c as { tags?: unknown }).tags;
  if (Array.isArray(tags) && tags.length)
    a.tags = tags
      .filter((t): t is string => typeof t === 'string')
      .slice(0, 1000)
      .map((t) => t.slice(0, 300));
  if (Object.keys(other).length) a.other = other;
  return a;
}

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

/** Refuses a file that is not CycloneDX, or a version this importer does not read, saying what to send. */
function checkHeader(json: unknown): string {
  const o = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  if (typeof o.spdxVersion === 'string' || '@context' in o)
    refuse(`This is an SPDX document (${String(o.spdxVersion ?? 'SPDX 3')}), not CycloneDX`, [
      {
        path: typeof o.spdxVersion === 'string' ? '/spdxVersion' : '/@context',
        message: 'send it to …/imports/spdx',
      },
    ]);
  if (o.bomFormat !== 'CycloneDX')
    refuse('Not a CycloneDX BOM (format unknown, version unknown)', [
      {
        path: '/bomFormat',
        message: 'expected "bomFormat": "CycloneDX"; send a CycloneDX 1.4–1.7 JSON or XML BOM',
      },
    ]);
  const v = typeof o.specVersion === 'string' ? o.specVersion : String(o.specVersion ?? 'not stated');
  if (!READ_VERSIONS.includes(v)) {
    const older = /^1\.[0-3]$/.test(v);
    refuse(`CycloneDX ${v} is not read (this importer reads ${READ_VERSIONS.join(', ')})`, [
      {
        path: '/specVersion',
        message: older
          ? 'this BOM is older than 1.4; regenerate it with a current tool (or convert it with cyclonedx-cli) as 1.6 or 1.7'
          : 'specVersion must be a string such as "1.6" or "1.7"',
      },
    ]);
  }
  return `CycloneDX ${v}`;
}

/** Parses a CycloneDX JSON or XML BOM into an import plan, refusing it with locations when it is malformed. */
export function parseCycloneDx(text: string): ImportPlan {
  const json = looksLikeXml(text) ? cycloneDxXmlToJson(text) : parseJsonFile(text, 'The CycloneDX BOM');
  const format = checkHeader(json);
  const parsed = Bom.safeParse(json);
  if (!parsed.success)
    refuse(
      `Not a ${format} BOM this importer can read (fix the fields named)`,
      pointerErrors(parsed.error.issues),
    );
  const bom = parsed.data;
  const plan = emptyPlan(looksLikeXml(text) ? `${format} XML` : format);
  const byBomRef = new Map<string, string>();
  const modelDeps = new Map<string, string[]>();
  for (const d of bom.dependencies ?? []) modelDeps.set(d.ref, d.dependsOn ?? []);

  const visit = (c: Component, location: string) => {
    const isMl = c.type === 'data' || c.type === 'machine-learning-model';
    const vendor = isMl ? (c.supplier?.name ?? c.manufacturer?.name) : undefined;
    if (!isMl)
      plan.skipped.push({
        location,
        name: c.group ? `${c.group}/${c.name}` : c.name,
        reason: `a ${c.type} component, not a model or dataset; the AI inventory keeps models, datasets and their suppliers`,
      });
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
          attributes: attributesOf(c, plan.format!),
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
        .map((m) => {
          // Our own export writes the dataset a metric was measured on into `slice` (CycloneDX has no field).
          const own = /^dataset: (.+?)(?:; slice: (.+))?$/.exec(m.slice ?? '');
          const slice = own ? own[2] : m.slice;
          return {
            name: m.type!.slice(0, 200),
            value: (m.value ?? '').slice(0, 200),
            ...(own ? { dataset: own[1]!.slice(0, 300) } : {}),
            ...(slice ? { slice: slice.slice(0, 300) } : {}),
          };
        });
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
          attributes: attributesOf(c, plan.format!),
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
