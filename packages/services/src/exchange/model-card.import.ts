import { isHttpUrl } from '@openaims/core';
// Hugging Face model cards (README.md with YAML front matter) → inventory drafts. A model card yields a
// model (licence, base model → supplier, datasets, metrics from `model-index`); a dataset card yields a dataset.
// The YAML is read as the hub and PyYAML read it (duplicate keys: the last wins; `<<` merges), and the keys of
// older dataset cards (`licenses`, `languages`, `pretty_name` per config) are understood.

import type { RecordAttributes } from '@openaims/core';
import type * as Yaml from 'yaml';
import { lazyRequire } from '../common/lazy-require.ts';
import { addSupplier, emptyPlan, type ImportPlan, refuse, textOf } from './import-plan.ts';
import { otherAttributes } from './other-attributes.ts';

const FORMAT = 'Hugging Face card';
const yaml = lazyRequire<typeof Yaml>('yaml');
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const MODEL_KEYS = [
  'license',
  'base_model',
  'datasets',
  'metrics',
  'model-index',
  'pipeline_tag',
  'library_name',
  'model_name',
  'tags',
  'language',
];
const DATASET_KEYS = [
  'task_categories',
  'task_ids',
  'size_categories',
  'dataset_info',
  'configs',
  'pretty_name',
  'annotations_creators',
  'language_creators',
  'multilinguality',
  'source_datasets',
  'paperswithcode_id',
  // Keys of dataset cards written before the hub renamed them.
  'licenses',
  'languages',
];
const MODEL_ONLY = ['model-index', 'base_model', 'pipeline_tag', 'library_name', 'model_name'];

const strings = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : typeof v === 'number'
      ? [String(v)]
      : Array.isArray(v)
        ? v.flatMap((x) => (typeof x === 'string' || typeof x === 'number' ? [String(x)] : []))
        : // Old dataset cards give a value per configuration: `licenses: {default: [mit]}`.
          v && typeof v === 'object'
          ? [...new Set(Object.values(v).flatMap(strings))]
          : [];
const obj = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

/** The text after the front matter with fenced code blocks and HTML comments blanked out (a `#` there is code). */
function proseOf(body: string): string {
  return body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1?\2[ \t]*$|(?![\s\S]))/gm, '');
}

/** YAML parse error → one place in the file (line 1 is the opening `---`) and the line as written. */
function yamlRefusal(e: unknown, yamlText: string): never {
  const pos = e instanceof yaml().YAMLParseError ? e.linePos?.[0] : undefined;
  // The library's message ends with its own line numbers, counted inside the front matter; drop them.
  const message = (e as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (!pos) refuse(`The ${FORMAT}'s front matter is not valid YAML`, [{ path: 'front matter', message }]);
  const line = yamlText.split(/\r?\n/)[pos.line - 1] ?? '';
  refuse(`The ${FORMAT}'s front matter is not valid YAML (fix the line named)`, [
    {
      path: `line ${pos.line + 1}, column ${pos.col}`,
      message: `${message}: ${JSON.stringify(line.trim().slice(0, 120))}`,
    },
  ]);
}

interface Metric {
  name: string;
  value: string;
  dataset?: string;
  slice?: string;
}

/**
 * `model-index` results as metrics. The hub keeps a card whose results lack a dataset or task (it drops only the
 * broken entries), so each result is read on its own and only entries without any metric are left out.
 */
function indexMetrics(index: unknown): { name?: string; metrics: Metric[]; problems: string[] } {
  const problems: string[] = [];
  if (!Array.isArray(index)) return { metrics: [], problems: ['model-index is not a list; it was ignored'] };
  const first = obj(index[0]);
  const metrics: Metric[] = [];
  index.forEach((entry, i) => {
    const results = obj(entry)?.results;
    if (results === undefined || results === null) return;
    if (!Array.isArray(results)) {
      problems.push(`model-index.${i}.results is not a list; it was ignored`);
      return;
    }
    results.forEach((r, j) => {
      const res = obj(r);
      const dataset = obj(res?.dataset);
      const datasetName = str(dataset?.name) ?? str(dataset?.type);
      const split = str(dataset?.split);
      const ms = Array.isArray(res?.metrics) ? res.metrics : [];
      if (ms.length === 0) problems.push(`model-index.${i}.results.${j} has no metrics; it was ignored`);
      for (const m of ms) {
        const metric = obj(m);
        const name = str(metric?.name) ?? str(metric?.type);
        if (!name) continue;
        const v = metric?.value;
        metrics.push({
          name: name.slice(0, 200),
          value: (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v ?? '')).slice(0, 200),
          ...(datasetName ? { dataset: datasetName.slice(0, 300) } : {}),
          ...(split ? { slice: split.slice(0, 300) } : {}),
        });
      }
    });
  });
  return { name: str(first?.name), metrics, problems };
}

/** Parses a Hugging Face card; `fallbackName` names a card whose metadata and heading give no name. */
export function parseModelCard(text: string, fallbackName?: string): ImportPlan {
  const m = FRONT_MATTER.exec(text);
  if (!m)
    refuse(`Not a ${FORMAT}: no YAML front matter`, [
      {
        path: 'line 1',
        message:
          'expected metadata between --- lines at the top of the file (the hub calls this the card data)',
      },
    ]);
  // A template's placeholders (`license: {license}`) parse as YAML maps; an unfilled template is not a card.
  const placeholder = /^(?:[^#\n]*?:|\s*-)\s*\{\s*[\w-]+\s*\}\s*(?:#.*)?$/m.exec(m[1]!);
  if (placeholder) {
    const line = m[1]!.slice(0, placeholder.index).split('\n').length + 1;
    refuse(`This ${FORMAT} is an unfilled template`, [
      {
        path: `line ${line}, column 1`,
        message: `replace the placeholder in ${JSON.stringify(placeholder[0].trim().slice(0, 120))} with a value, e.g. "license: apache-2.0"`,
      },
    ]);
  }
  let meta: unknown;
  try {
    meta = yaml().parse(m[1]!, { maxAliasCount: 50, uniqueKeys: false, merge: true, strict: false });
  } catch (e) {
    yamlRefusal(e, m[1]!);
  }
  if (meta === null || meta === undefined) meta = {};
  if (typeof meta !== 'object' || Array.isArray(meta))
    refuse(`The ${FORMAT}'s front matter is not a mapping`, [
      { path: 'line 2', message: 'expected key: value pairs (e.g. "license: mit")' },
    ]);
  const card = meta as Record<string, unknown>;
  const isDataset = DATASET_KEYS.some((k) => k in card) && !MODEL_ONLY.some((k) => k in card);
  if (!isDataset && !MODEL_KEYS.some((k) => k in card)) {
    refuse(`The ${FORMAT}'s front matter holds no model- or dataset-card metadata`, [
      { path: 'line 2', message: `add one of ${MODEL_KEYS.join(', ')} (e.g. "license: apache-2.0")` },
    ]);
  }
  const index = card['model-index'] === undefined ? undefined : indexMetrics(card['model-index']);

  const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(proseOf(text.slice(m[0].length)))?.[1]?.trim();
  const prettyName = strings(card.pretty_name)[0];
  const named =
    (isDataset ? prettyName : undefined) ||
    index?.name ||
    textOf(card.model_name) ||
    prettyName ||
    heading?.replace(/^Dataset Card for /i, '') ||
    fallbackName;
  if (!named || /[{}]/.test(named))
    refuse(`The ${FORMAT} does not name its ${isDataset ? 'dataset' : 'model'}`, [
      {
        path: isDataset ? 'pretty_name' : 'model-index.0.name',
        message: `add ${isDataset ? 'pretty_name' : 'model-index[0].name'} or a # heading, or pass ?name=`,
      },
    ]);
  const licence = strings(card.license ?? card.licenses).join(' OR ');
  const attributes: RecordAttributes = { format: FORMAT };
  const languages = strings(card.language ?? card.languages);
  if (languages.length) attributes.languages = languages.slice(0, 1000).map((l) => l.slice(0, 100));
  const tags = strings(card.tags);
  if (tags.length) attributes.tags = tags.slice(0, 1000).map((t) => t.slice(0, 300));
  const licenseLink = str(card.license_link);
  if (licenseLink && isHttpUrl(licenseLink) && licenseLink.length <= 2000)
    attributes.licenseLink = licenseLink;
  const other = otherAttributes(
    card,
    ['license_name', 'co2_eq_emissions', 'size_categories', 'task_ids', 'paperswithcode_id'],
    // A model card's YAML writes an empty key as null: not given.
    (v) => v === undefined || v === null,
  );
  if (other) attributes.other = other;
  const plan = emptyPlan();

  if (isDataset) {
    plan.datasets.push({
      ref: `hf:dataset:${named}`,
      location: 'front matter',
      fields: {
        name: named.slice(0, 300),
        licence,
        description: strings(card.task_categories).join(', '),
        attributes,
      },
    });
    return plan;
  }
  const baseModels = strings(card.base_model);
  if (baseModels.length) attributes.baseModels = baseModels.slice(0, 100).map((b) => b.slice(0, 300));
  const pipelineTag = str(card.pipeline_tag);
  const libraryName = str(card.library_name);
  if (pipelineTag) attributes.pipelineTag = pipelineTag.slice(0, 200);
  if (libraryName) attributes.libraryName = libraryName.slice(0, 200);
  const co2 = obj(card.co2_eq_emissions);
  if (co2?.emissions !== undefined)
    attributes.environmentalCost = [
      `${String(co2.emissions)} g CO2eq${co2.training_type ? ` (${String(co2.training_type)})` : ''}${co2.hardware_used ? ` on ${String(co2.hardware_used)}` : ''}${co2.source ? `, source: ${String(co2.source)}` : ''}`,
    ];
  const supplierRef = baseModels[0]?.includes('/')
    ? addSupplier(
        plan,
        baseModels[0].split('/')[0]!,
        'base_model',
        `https://huggingface.co/${baseModels[0].split('/')[0]}`,
      )
    : undefined;
  const datasetIds = strings(card.datasets);
  for (const [i, id] of datasetIds.entries()) {
    plan.datasets.push({
      ref: `hf:dataset:${id}`,
      location: `datasets.${i}`,
      fields: { name: id.slice(0, 300), provenance: `Hugging Face dataset ${id}` },
    });
  }
  const metrics = index?.metrics.length
    ? index.metrics
    : strings(card.metrics).map((name) => ({ name: name.slice(0, 200), value: '' }));
  plan.notes.push(...(index?.problems ?? []));
  plan.models.push({
    ref: `hf:${named}`,
    location: 'front matter',
    supplierRef,
    datasets: datasetIds.map((id) => ({ ref: `hf:dataset:${id}`, purpose: 'training' as const })),
    fields: {
      name: named.slice(0, 300),
      // The pipeline tag is the task; the library is kept apart in the attributes.
      modelType: (pipelineTag ?? '').slice(0, 200),
      licence,
      description: baseModels.length ? `Fine-tuned from ${baseModels.join(', ')}.` : '',
      metrics,
      attributes,
    },
  });
  return plan;
}
