// GET /orgs/{orgId}/models|datasets|suppliers (cursor paginated).
import { DatasetSchema, ModelSchema, SupplierSchema } from '@openaims/core';
import { collectionQuery, useCollection } from '../../../lib/collection.ts';
import { inventoryKeys } from './inventory-keys.ts';

export interface RecordFilters {
  q?: string;
  sort?: string;
  supplierId?: string;
}

export const modelsQuery = (orgId: string, f: RecordFilters = {}) =>
  collectionQuery(inventoryKeys.records(orgId, 'models'), `/orgs/${orgId}/models`, ModelSchema, { ...f });
export const datasetsQuery = (orgId: string, f: RecordFilters = {}) =>
  collectionQuery(inventoryKeys.records(orgId, 'datasets'), `/orgs/${orgId}/datasets`, DatasetSchema, {
    ...f,
  });
export const suppliersQuery = (orgId: string, f: RecordFilters = {}) =>
  collectionQuery(inventoryKeys.records(orgId, 'suppliers'), `/orgs/${orgId}/suppliers`, SupplierSchema, {
    ...f,
  });

export const useModels = (orgId: string, f: RecordFilters = {}) => useCollection(modelsQuery(orgId, f));
export const useDatasets = (orgId: string, f: RecordFilters = {}) => useCollection(datasetsQuery(orgId, f));
export const useSuppliers = (orgId: string, f: RecordFilters = {}) => useCollection(suppliersQuery(orgId, f));
