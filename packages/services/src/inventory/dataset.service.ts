// Datasets (A.7): manual entry and imports share these use-cases.
import { CreateDatasetSchema, type Dataset, type RecordAttributes } from '@openaims/core';
import { tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordStamps } from '../common/record-stamps.ts';
import { recordService } from './inventory-record.service.ts';
import { recordPerms } from './record-perms.ts';
import { assertRecordsExist } from './record-refs.ts';

type Row = typeof tables.datasets.$inferSelect;
/** The fields of a dataset as parsed from a create body. */
export type DatasetFields = z.output<typeof CreateDatasetSchema>;

/** Row → API shape. */
export function toDataset(r: Row): Dataset {
  return {
    id: r.id,
    organizationId: r.organizationId,
    name: r.name,
    datasetVersion: r.datasetVersion,
    description: r.description,
    provenance: r.provenance,
    acquisition: r.acquisition,
    qualityRequirements: r.qualityRequirements,
    preparation: r.preparation,
    containsPersonalData: r.containsPersonalData,
    personalDataNotes: r.personalDataNotes,
    knownBias: r.knownBias,
    licence: r.licence,
    supplierId: r.supplierId,
    attributes: (r.attributes ?? {}) as RecordAttributes,
    source: r.source as Dataset['source'],
    externalRef: r.externalRef,
    ...recordStamps(r),
  };
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
