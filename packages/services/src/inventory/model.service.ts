// Models (A.4.3, A.6.2): manual entry and imports share these use-cases.
import {
  CreateModelSchema,
  type DatasetPurpose,
  type Model,
  type ModelDatasetLink,
  ModelSchema,
  type RecordAttributes,
} from '@openaims/core';
import { tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { projection } from '../common/projection.ts';
import type { LinkRelation } from './inventory-links.ts';
import { recordService } from './inventory-record.service.ts';
import { recordPerms } from './record-perms.ts';
import { assertRecordsExist } from './record-refs.ts';

type Row = typeof tables.models.$inferSelect;
/** The fields of a model as parsed from a create body. */
export type ModelFields = z.output<typeof CreateModelSchema>;

const PURPOSE_RELATION: Record<DatasetPurpose, LinkRelation> = {
  training: 'trained_on',
  validation: 'validated_on',
  testing: 'tested_on',
};
const RELATION_PURPOSE = Object.fromEntries(
  Object.entries(PURPOSE_RELATION).map(([k, v]) => [v, k]),
) as Record<string, DatasetPurpose>;
const byDataset = (a: ModelDatasetLink, b: ModelDatasetLink) =>
  a.datasetId.localeCompare(b.datasetId) || a.purpose.localeCompare(b.purpose);

const modelFields = projection(ModelSchema);

/** Row and links → API shape. */
export function toModel(r: Row, links: { relation: string; toId: string }[]): Model {
  return modelFields({
    ...r,
    datasets: links
      .filter((l) => RELATION_PURPOSE[l.relation])
      .map((l) => ({ datasetId: l.toId, purpose: RELATION_PURPOSE[l.relation]! }))
      .sort(byDataset),
    attributes: (r.attributes ?? {}) as RecordAttributes,
  });
}

const models = recordService<Row, Model, ModelFields>({
  createSchema: CreateModelSchema,
  entityType: 'model',
  label: 'Model',
  idKind: 'model',
  table: tables.models,
  perms: recordPerms('model'),
  toApi: toModel,
  linkRelations: ['trained_on', 'validated_on', 'tested_on'],
  linksOf: (i) => i.datasets?.map((d) => ({ relation: PURPOSE_RELATION[d.purpose], toId: d.datasetId })),
  canonical: (i) =>
    i.datasets
      ? {
          ...i,
          datasets: [...new Map(i.datasets.map((d) => [`${d.datasetId} ${d.purpose}`, d])).values()].sort(
            byDataset,
          ),
        }
      : i,
  async checkRefs(db, orgId, i) {
    if (i.supplierId) await assertRecordsExist(db, orgId, tables.suppliers, [i.supplierId], 'supplierId');
    if (i.datasets)
      await assertRecordsExist(
        db,
        orgId,
        tables.datasets,
        i.datasets.map((d) => d.datasetId),
        'datasets',
      );
  },
  columns: ({ datasets: _links, ...rest }) => rest as Partial<Row>,
  filter: (q) => (typeof q.supplierId === 'string' ? eq(tables.models.supplierId, q.supplierId) : undefined),
});

/** Lists models, optionally of one supplier. */
export const listModels = models.list;
/** One model. */
export const getModel = models.get;
/** Registers a model. */
export const createModel = models.create;
/** Changes a model. */
export const updateModel = models.update;
/** Archives a model. */
export const archiveModel = models.archive;
/** The model use-cases, for the importers. */
export const modelRecords = models;
