// POST /orgs/{orgId}/models|datasets|suppliers: manual entry of inventory records.
import {
  type CreateDatasetInput,
  type CreateModelInput,
  type CreateSupplierInput,
  DatasetSchema,
  ModelSchema,
  SupplierSchema,
} from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { inventoryKeys } from './inventory-keys.ts';

function useCreate<I, O>(
  orgId: string,
  kind: 'models' | 'datasets' | 'suppliers',
  post: (input: I) => Promise<O>,
) {
  return useInvalidatingMutation([inventoryKeys.records(orgId, kind)], post);
}

export const useCreateModel = (orgId: string) =>
  useCreate(orgId, 'models', (i: CreateModelInput) => api.post(`/orgs/${orgId}/models`, i, ModelSchema));
export const useCreateDataset = (orgId: string) =>
  useCreate(orgId, 'datasets', (i: CreateDatasetInput) =>
    api.post(`/orgs/${orgId}/datasets`, i, DatasetSchema),
  );
export const useCreateSupplier = (orgId: string) =>
  useCreate(orgId, 'suppliers', (i: CreateSupplierInput) =>
    api.post(`/orgs/${orgId}/suppliers`, i, SupplierSchema),
  );
