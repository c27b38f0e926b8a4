// AI models (A.4.3 tooling and A.6.2: what a system is built from).
import { z } from 'zod';
import { nameString, patchSchema, TenantEntitySchema, textString } from '../common/entity.ts';
import {
  createWithSupplierSchema,
  INVENTORY_SORTS,
  importedRecordTail,
  licenceString,
  MetricSchema,
  RecordAttributesSchema,
  refId,
  VerificationRecordSchema,
} from './inventory.common.ts';

/** How a model uses a dataset (A.7.2; SPDX `trainedOn`/`testedOn`). */
export const DATASET_PURPOSES = ['training', 'validation', 'testing'] as const;
/** training, validation or testing. */
export const DatasetPurposeSchema = z.enum(DATASET_PURPOSES);
export type DatasetPurpose = z.infer<typeof DatasetPurposeSchema>;

/** A model's link to a dataset. */
export const ModelDatasetLinkSchema = z.object({ datasetId: refId(), purpose: DatasetPurposeSchema });
export type ModelDatasetLink = z.infer<typeof ModelDatasetLinkSchema>;

/** Most metrics one model keeps (a card with 1,000 model-index results imports whole). */
export const MAX_MODEL_METRICS = 5000;

/** An AI model in the inventory. */
export const ModelSchema = TenantEntitySchema.extend({
  name: z.string(),
  modelVersion: z.string(),
  modelType: z.string(),
  provider: z.string(),
  supplierId: z.string().nullable(),
  licence: z.string(),
  description: z.string(),
  metrics: z.array(MetricSchema),
  verificationRecords: z.array(VerificationRecordSchema),
  datasets: z.array(ModelDatasetLinkSchema),
  ...importedRecordTail,
});
export type Model = z.infer<typeof ModelSchema>;

const modelFields = {
  name: nameString(300),
  modelVersion: z.string().trim().max(100),
  modelType: z.string().trim().max(200),
  provider: z.string().trim().max(300),
  supplierId: refId().nullable(),
  licence: licenceString(),
  description: textString(20_000),
  // A hub card's model-index often holds hundreds of benchmark results; the bound only stops a hostile body.
  metrics: z.array(MetricSchema).max(MAX_MODEL_METRICS),
  verificationRecords: z.array(VerificationRecordSchema).max(500),
  datasets: z.array(ModelDatasetLinkSchema).max(200),
  attributes: RecordAttributesSchema,
};

/** Body of `POST …/models`; unknown fields are refused. */
export const CreateModelSchema = createWithSupplierSchema(modelFields, {
  modelVersion: '',
  modelType: '',
  provider: '',
  licence: '',
  description: '',
  metrics: [],
  verificationRecords: [],
  datasets: [],
  attributes: {},
});
export type CreateModelInput = z.input<typeof CreateModelSchema>;

/** Body of `PATCH …/models/{id}`: any subset of the fields. */
export const UpdateModelSchema = patchSchema(modelFields);
export type UpdateModelInput = z.infer<typeof UpdateModelSchema>;

/** Fields a model list may be sorted by. */
export const MODEL_SORTS = INVENTORY_SORTS;
