// Datasets (A.7): manual entry and imports share these use-cases.
import { CreateDatasetSchema, type Dataset, DatasetSchema, type RecordAttributes } from '@openaims/core';
import { tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { projection } from '../common/projection.ts';
import { recordService } from './inventory-record.service.ts';
import { recordPerms } from './record-perms.ts';
import { assertRecordsExist } from './record-refs.ts';

type Row = typeof tables.datasets.$inferSelect;
/** The fields of a dataset as parsed from a create body. */
export type DatasetFields = z.output<typeof CreateDatasetSchema>;

const datasetFields = projection(DatasetSchema);

/** Row → API shape. */
export function toDataset(r: Row): Dataset {
  return datasetFields({ ...r, attributes: (r.attributes ?? {}) as RecordAttributes });
}

const datasets = recordService<Row, Dataset, DatasetFields>({
  createSchema: CreateDatasetSchema,
  entityType: 'dataset',
  label: 'Dataset',
  idKind: 'dataset',
  table: tables.datasets,
  perms: recordPerms('dataset'),
  toApi: (r) => toDataset(r),
  linkRelations: [],
  linksOf: () => undefined,
  async checkRefs(db, orgId, i) {
    if (i.supplierId) await assertRecordsExist(db, orgId, tables.suppliers, [i.supplierId], 'supplierId');
  },
  columns: (i) => i as Partial<Row>,
  filter: (q) =>
    typeof q.supplierId === 'string' ? eq(tables.datasets.supplierId, q.supplierId) : undefined,
});

/** Lists datasets, optionally of one supplier. */
export const listDatasets = datasets.list;
/** One dataset. */
export const getDataset = datasets.get;
/** Registers a dataset (A.7.2). */
export const createDataset = datasets.create;
/** Changes a dataset. */
export const updateDataset = datasets.update;
/** Archives a dataset. */
export const archiveDataset = datasets.archive;
/** The dataset use-cases, for the importers. */
export const datasetRecords = datasets;
