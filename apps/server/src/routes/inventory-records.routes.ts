// Models, datasets and suppliers: one collection each under /api/v1/orgs/{orgId}/…, the AI-system conventions.

import {
  CreateDatasetSchema,
  CreateModelSchema,
  CreateSupplierSchema,
  DatasetSchema,
  InventoryFilterSchema,
  ModelSchema,
  SupplierSchema,
  UpdateDatasetSchema,
  UpdateModelSchema,
  UpdateSupplierSchema,
} from '@openaims/core';
import {
  archiveDataset,
  archiveModel,
  archiveSupplier,
  createDataset,
  createModel,
  createSupplier,
  getDataset,
  getModel,
  getSupplier,
  listDatasets,
  listModels,
  listSuppliers,
  updateDataset,
  updateModel,
  updateSupplier,
} from '@openaims/services';
import { ListQuery } from '../http/openapi-helpers.ts';
import { resourceRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const query = ListQuery.extend(InventoryFilterSchema.shape);

/** Routes of the models, datasets and suppliers collections. */
export function inventoryRecordsRoutes(route: RouteFn): void {
  resourceRoutes(route, {
    path: 'models',
    resource: 'model',
    label: 'model',
    tags: ['models'],
    entity: ModelSchema,
    list: { permission: 'model:read', summary: 'Models in the inventory', query, run: listModels },
    create: { permission: 'model:create', body: CreateModelSchema, run: createModel },
    get: { permission: 'model:read', run: getModel },
    update: { permission: 'model:update', body: UpdateModelSchema, run: updateModel },
    archive: { permission: 'model:archive', run: archiveModel },
  });
  resourceRoutes(route, {
    path: 'datasets',
    resource: 'dataset',
    label: 'dataset',
    tags: ['datasets'],
    entity: DatasetSchema,
    list: { permission: 'dataset:read', summary: 'Datasets in the inventory', query, run: listDatasets },
    create: { permission: 'dataset:create', body: CreateDatasetSchema, run: createDataset },
    get: { permission: 'dataset:read', run: getDataset },
    update: { permission: 'dataset:update', body: UpdateDatasetSchema, run: updateDataset },
    archive: { permission: 'dataset:archive', run: archiveDataset },
  });
  resourceRoutes(route, {
    path: 'suppliers',
    resource: 'supplier',
    label: 'supplier',
    tags: ['suppliers'],
    entity: SupplierSchema,
    list: { permission: 'supplier:read', summary: 'Suppliers in the inventory', query, run: listSuppliers },
    create: { permission: 'supplier:create', body: CreateSupplierSchema, run: createSupplier },
    get: { permission: 'supplier:read', run: getSupplier },
    update: { permission: 'supplier:update', body: UpdateSupplierSchema, run: updateSupplier },
    archive: { permission: 'supplier:archive', run: archiveSupplier },
  });
}
