// Models, datasets and suppliers: one collection each under /api/v1/orgs/{orgId}/…, the AI-system conventions.

import type { z } from '@hono/zod-openapi';
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
import { type ResourceSpec, resourceRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const query = ListQuery.extend(InventoryFilterSchema.shape);

type Spec<E extends z.ZodType, C extends z.ZodType, U extends z.ZodType> = ResourceSpec<
  E,
  typeof query,
  C,
  U
>;
type Run<S extends { run: unknown } | undefined> = NonNullable<S>['run'];

/**
 * One inventory collection: `/api/v1/orgs/{orgId}/{noun}s`, its permissions `{noun}:read|create|update|archive`,
 * listed with the inventory filter. Models, datasets and suppliers follow the same conventions.
 */
function inventoryCollection<E extends z.ZodType, C extends z.ZodType, U extends z.ZodType>(
  route: RouteFn,
  noun: 'model' | 'dataset' | 'supplier',
  schemas: { entity: E; create: C; update: U },
  service: {
    list: Run<Spec<E, C, U>['list']>;
    create: Run<Spec<E, C, U>['create']>;
    get: Run<Spec<E, C, U>['get']>;
    update: Run<Spec<E, C, U>['update']>;
    archive: Run<Spec<E, C, U>['archive']>;
  },
): void {
  const path = `${noun}s`;
  resourceRoutes(route, {
    path,
    resource: noun,
    label: noun,
    tags: [path],
    entity: schemas.entity,
    list: {
      permission: `${noun}:read`,
      summary: `${noun[0]!.toUpperCase()}${path.slice(1)} in the inventory`,
      query,
      run: service.list,
    },
    create: { permission: `${noun}:create`, body: schemas.create, run: service.create },
    get: { permission: `${noun}:read`, run: service.get },
    update: { permission: `${noun}:update`, body: schemas.update, run: service.update },
    archive: { permission: `${noun}:archive`, run: service.archive },
  });
}

/** Routes of the models, datasets and suppliers collections. */
export function inventoryRecordsRoutes(route: RouteFn): void {
  inventoryCollection(
    route,
    'model',
    { entity: ModelSchema, create: CreateModelSchema, update: UpdateModelSchema },
    { list: listModels, create: createModel, get: getModel, update: updateModel, archive: archiveModel },
  );
  inventoryCollection(
    route,
    'dataset',
    { entity: DatasetSchema, create: CreateDatasetSchema, update: UpdateDatasetSchema },
    {
      list: listDatasets,
      create: createDataset,
      get: getDataset,
      update: updateDataset,
      archive: archiveDataset,
    },
  );
  inventoryCollection(
    route,
    'supplier',
    { entity: SupplierSchema, create: CreateSupplierSchema, update: UpdateSupplierSchema },
    {
      list: listSuppliers,
      create: createSupplier,
      get: getSupplier,
      update: updateSupplier,
      archive: archiveSupplier,
    },
  );
}
