// Datasets (A.7: data for AI systems — provenance, acquisition, quality, preparation).
import { z } from 'zod';
import { nameString, patchSchema, TenantEntitySchema, textString } from '../common/entity.ts';
import {
  createWithSupplierSchema,
  INVENTORY_SORTS,
  importedRecordTail,
  licenceString,
  RecordAttributesSchema,
  refId,
} from './inventory.common.ts';

/** A dataset in the inventory; each text field answers one A.7 control. */
export const DatasetSchema = TenantEntitySchema.extend({
  name: z.string(),
  datasetVersion: z.string(),
  description: z.string(),
  /** A.7.5 data provenance. */
  provenance: z.string(),
  /** A.7.3 acquisition of data. */
  acquisition: z.string(),
  /** A.7.4 quality of data for AI systems. */
  qualityRequirements: z.string(),
  /** A.7.6 data preparation. */
  preparation: z.string(),
  containsPersonalData: z.boolean().nullable(),
  personalDataNotes: z.string(),
  knownBias: z.string(),
  licence: z.string(),
  supplierId: z.string().nullable(),
  ...importedRecordTail,
});
export type Dataset = z.infer<typeof DatasetSchema>;

const datasetFields = {
  name: nameString(300),
  datasetVersion: z.string().trim().max(100),
  description: textString(20_000),
  provenance: textString(20_000),
  acquisition: textString(20_000),
  qualityRequirements: textString(20_000),
  preparation: textString(20_000),
  containsPersonalData: z.boolean().nullable(),
  personalDataNotes: textString(5000),
  knownBias: textString(20_000),
  licence: licenceString(),
  supplierId: refId().nullable(),
  attributes: RecordAttributesSchema,
};

/** Body of `POST …/datasets`; unknown fields are refused. */
export const CreateDatasetSchema = createWithSupplierSchema(datasetFields, {
  datasetVersion: '',
  description: '',
  provenance: '',
  acquisition: '',
  qualityRequirements: '',
  preparation: '',
  containsPersonalData: null,
  personalDataNotes: '',
  knownBias: '',
  licence: '',
  attributes: {},
});
export type CreateDatasetInput = z.input<typeof CreateDatasetSchema>;

/** Body of `PATCH …/datasets/{id}`: any subset of the fields. */
export const UpdateDatasetSchema = patchSchema(datasetFields);
export type UpdateDatasetInput = z.infer<typeof UpdateDatasetSchema>;

/** Fields a dataset list may be sorted by. */
export const DATASET_SORTS = INVENTORY_SORTS;
