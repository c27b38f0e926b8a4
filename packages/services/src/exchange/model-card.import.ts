// Hugging Face model cards (README.md with YAML front matter) → inventory drafts. A model card yields a
// model (licence, base model → supplier, datasets, metrics from `model-index`); a dataset card yields a dataset.

import { fieldErrorsFromIssues } from '@openaims/core';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { addSupplier, emptyPlan, type ImportPlan, refuse, textOf } from './import-plan.ts';

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/;
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
  'size_categories',
  'dataset_info',
  'configs',
  'pretty_name',
  'annotations_creators',
  'source_datasets',
];

const ModelIndex = z.array(
  z.object({
    name: z.string().min(1),
    results: z
      .array(
        z.object({
          task: z.object({ type: z.string() }).passthrough(),
          dataset: z.object({ type: z.string(), name: z.string() }).passthrough(),
          metrics: z.array(
            z.object({ type: z.string(), value: z.unknown(), name: z.string().optional() }).passthrough(),
          ),
        }),
      )
      .nullish(),
  }),
);

const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** Parses a Hugging Face card; `fallbackName` names a card whose metadata and heading give no name. */
export function parseModelCard(text: string, fallbackName?: string): ImportPlan {
  const m = FRONT_MATTER.exec(text);
  if (!m)
    refuse('The card has no YAML front matter', [
      { path: 'line 1', message: 'expected metadata between --- lines at the top of the file' },
    ]);
  let meta: unknown;
  try {
    meta = parseYaml(m[1]!, { maxAliasCount: 50 });
  } catch (e) {
    const pos = e instanceof YAMLParseError ? e.linePos?.[0] : undefined;
    refuse('The front matter is not valid YAML', [
      {
        path: pos ? `line ${pos.line + 1}, column ${pos.col}` : 'front matter',
        message: (e as Error).message.split('\n')[0]!,
      },
    ]);
  }
  if (!meta || typeof meta !== 'object' || Array.isArray(meta))
    refuse('The front matter is not a mapping', [
      { path: 'front matter', message: 'expected key: value pairs' },
    ]);
  const card = meta as Record<string, unknown>;
  const isDataset =
    DATASET_KEYS.some((k) => k in card) &&
    !['model-index', 'base_model', 'pipeline_tag', 'library_name'].some((k) => k in card);
  if (!isDataset && !MODEL_KEYS.some((k) => k in card)) {
    refuse('The front matter holds no model- or dataset-card metadata', [
      { path: 'front matter', message: `expected one of ${MODEL_KEYS.join(', ')}` },
    ]);
  }
  const index = card['model-index'] === undefined ? undefined : ModelIndex.safeParse(card['model-index']);
  if (index && !index.success)
    refuse(
      'model-index is malformed',
      fieldErrorsFromIssues(index.error.issues).map((e) => ({ ...e, path: `model-index.${e.path}` })),
    );

  const heading = /^#\s+(.+)$/m.exec(text.slice(m[0].length))?.[1]?.trim();
  const named =
    (index?.data?.[0]?.name ?? textOf(card.model_name) ?? '') ||
    textOf(card.pretty_name) ||
    heading ||
    fallbackName;
  if (!named || /[{}]/.test(named))
    refuse('The card does not name its model', [
      { path: 'model-index.0.name', message: 'add model-index[0].name or a # heading, or pass ?name=' },
    ]);
  const licence = strings(card.license).join(' OR ');
  const plan = emptyPlan();

  if (isDataset) {
    plan.datasets.push({
      ref: `hf:dataset:${named}`,
      location: 'front matter',
      fields: { name: named, licence, description: strings(card.task_categories).join(', ') },
    });
    return plan;
  }
  const baseModels = strings(card.base_model);
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
      fields: { name: id, provenance: `Hugging Face dataset ${id}` },
    });
  }
  const results = index?.data?.flatMap((e) => e.results ?? []) ?? [];
  const metrics = results.length
    ? results.flatMap((r) =>
        r.metrics.map((x) => ({
          name: (x.name ?? x.type).slice(0, 200),
          value: String(x.value ?? '').slice(0, 200),
          dataset: r.dataset.name.slice(0, 300),
        })),
      )
    : strings(card.metrics).map((name) => ({ name: name.slice(0, 200), value: '' }));
  plan.models.push({
    ref: `hf:${named}`,
    location: 'front matter',
    supplierRef,
    datasets: datasetIds.map((id) => ({ ref: `hf:dataset:${id}`, purpose: 'training' as const })),
    fields: {
      name: named,
      modelType: [textOf(card.pipeline_tag), textOf(card.library_name)]
        .filter(Boolean)
        .join(', ')
        .slice(0, 200),
      licence,
      description: baseModels.length ? `Fine-tuned from ${baseModels.join(', ')}.` : '',
      metrics,
    },
  });
  return plan;
}
