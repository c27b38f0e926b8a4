// Models, datasets and suppliers: one collection each under /api/v1/orgs/{orgId}/…, the AI-system conventions.

import { createRoute } from '@hono/zod-openapi';
import {
  CreateDatasetSchema,
  CreateModelSchema,
  CreateSupplierSchema,
  DatasetSchema,
  InventoryFilterSchema,
  ModelSchema,
  type Permission,
  pageSchema,
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
  type OrgContext,
  updateDataset,
  updateModel,
  updateSupplier,
} from '@openaims/services';
import type { z } from 'zod';
import {
  errorResponses,
  etag,
  IfMatchHeader,
  json,
  jsonBody,
  ListQuery,
  OrgIdParams,
  OrgParams,
  parseIfMatch,
} from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

// A generic body type defeats hono's inference; the route has validated body and params before these read them.
const bodyOf = (ctx: unknown) => (ctx as { req: { valid(t: 'json'): unknown } }).req.valid('json');
const idOf = (ctx: unknown) => (ctx as { req: { valid(t: 'param'): { id: string } } }).req.valid('param').id;

type Entity = { id: string; organizationId: string; version: number };

interface Collection<C extends z.ZodType, U extends z.ZodType> {
  path: string;
  resource: 'model' | 'dataset' | 'supplier';
  label: string;
  schema: z.ZodType;
  create: C;
  update: U;
  list(ctx: OrgContext, q: never): Promise<{ items: unknown[]; nextCursor: string | null }>;
  get(ctx: OrgContext, id: string): Promise<Entity>;
  add(ctx: OrgContext, input: z.output<C>): Promise<Entity>;
  change(ctx: OrgContext, id: string, input: z.output<U>, v?: number): Promise<Entity>;
  archive(ctx: OrgContext, id: string): Promise<void>;
}

function collectionRoutes<C extends z.ZodType, U extends z.ZodType>(
  route: RouteFn,
  c: Collection<C, U>,
): void {
  const base = `/api/v1/orgs/{orgId}/${c.path}`;
  const tags = [c.path];
  const perm = (action: string) => `${c.resource}:${action}` as Permission;
  route(
    { scope: 'org', permission: perm('read') },
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: `${c.label}s in the inventory`,
      request: { params: OrgParams, query: ListQuery.extend(InventoryFilterSchema.shape) },
      responses: { 200: json(pageSchema(c.schema)), ...errorResponses },
    }),
    async (ctx) => ctx.json(await c.list(ctx.get('org'), ctx.req.valid('query') as never), 200),
  );
  route(
    { scope: 'org', permission: perm('create') },
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: `Register a ${c.label.toLowerCase()}`,
      request: { params: OrgParams, body: jsonBody(c.create) },
      responses: { 201: json(c.schema, 'Created'), ...errorResponses },
    }),
    async (ctx) => {
      const e = await c.add(ctx.get('org'), bodyOf(ctx) as z.output<C>);
      ctx.header('Location', `/api/v1/orgs/${e.organizationId}/${c.path}/${e.id}`);
      ctx.header('ETag', etag(e.version));
      return ctx.json(e, 201);
    },
  );
  route(
    { scope: 'org', permission: perm('read') },
    createRoute({
      method: 'get',
      path: `${base}/{id}`,
      tags,
      summary: `One ${c.label.toLowerCase()}`,
      request: { params: OrgIdParams },
      responses: { 200: json(c.schema), ...errorResponses },
    }),
    async (ctx) => {
      const e = await c.get(ctx.get('org'), idOf(ctx));
      ctx.header('ETag', etag(e.version));
      return ctx.json(e, 200);
    },
    { resource: c.resource },
  );
  route(
    { scope: 'org', permission: perm('update') },
    createRoute({
      method: 'patch',
      path: `${base}/{id}`,
      tags,
      summary: `Change a ${c.label.toLowerCase()} (send If-Match to guard against lost updates)`,
      request: { params: OrgIdParams, headers: IfMatchHeader, body: jsonBody(c.update) },
      responses: { 200: json(c.schema), ...errorResponses },
    }),
    async (ctx) => {
      const e = await c.change(
        ctx.get('org'),
        idOf(ctx),
        bodyOf(ctx) as z.output<U>,
        parseIfMatch(ctx.req.header('if-match')),
      );
      ctx.header('ETag', etag(e.version));
      return ctx.json(e, 200);
    },
    { resource: c.resource },
  );
  route(
    { scope: 'org', permission: perm('archive') },
    createRoute({
      method: 'delete',
      path: `${base}/{id}`,
      tags,
      summary: `Archive a ${c.label.toLowerCase()} (kept on record)`,
      request: { params: OrgIdParams },
      responses: { 204: { description: 'Archived' }, ...errorResponses },
    }),
    async (ctx) => {
      await c.archive(ctx.get('org'), idOf(ctx));
      return ctx.body(null, 204);
    },
    { resource: c.resource },
  );
}

/** Routes of the models, datasets and suppliers collections. */
export function inventoryRecordsRoutes(route: RouteFn): void {
  collectionRoutes(route, {
    path: 'models',
    resource: 'model',
    label: 'Model',
    schema: ModelSchema,
    create: CreateModelSchema,
    update: UpdateModelSchema,
    list: listModels,
    get: getModel,
    add: createModel,
    change: updateModel,
    archive: archiveModel,
  });
  collectionRoutes(route, {
    path: 'datasets',
    resource: 'dataset',
    label: 'Dataset',
    schema: DatasetSchema,
    create: CreateDatasetSchema,
    update: UpdateDatasetSchema,
    list: listDatasets,
    get: getDataset,
    add: createDataset,
    change: updateDataset,
    archive: archiveDataset,
  });
  collectionRoutes(route, {
    path: 'suppliers',
    resource: 'supplier',
    label: 'Supplier',
    schema: SupplierSchema,
    create: CreateSupplierSchema,
    update: UpdateSupplierSchema,
    list: listSuppliers,
    get: getSupplier,
    add: createSupplier,
    change: updateSupplier,
    archive: archiveSupplier,
  });
}
