// Suppliers (A.10.2, A.10.3): manual entry and imports share these use-cases.
import { CreateSupplierSchema, type Supplier, SupplierSchema } from '@openaims/core';
import { tables } from '@openaims/db';
import type { z } from 'zod';
import { projection } from '../common/projection.ts';
import { recordService } from './inventory-record.service.ts';
import { recordPerms } from './record-perms.ts';

type Row = typeof tables.suppliers.$inferSelect;
/** The fields of a supplier as parsed from a create body. */
export type SupplierFields = z.output<typeof CreateSupplierSchema>;

/** Row → API shape. */
export const toSupplier: (r: Row) => Supplier = projection(SupplierSchema);

const suppliers = recordService<Row, Supplier, SupplierFields>({
  createSchema: CreateSupplierSchema,
  entityType: 'supplier',
  label: 'Supplier',
  idKind: 'supplier',
  table: tables.suppliers,
  perms: recordPerms('supplier'),
  toApi: (r) => toSupplier(r),
  linkRelations: [],
  linksOf: () => undefined,
  canonical: (i) => (i.provides ? { ...i, provides: [...new Set(i.provides)].sort() } : i),
  checkRefs: async () => {},
  columns: (i) => (i.provides ? { ...i, provides: [...new Set(i.provides)].sort() } : i) as Partial<Row>,
});

/** Lists suppliers. */
export const listSuppliers = suppliers.list;
/** One supplier. */
export const getSupplier = suppliers.get;
/** Registers a supplier (A.10.3). */
export const createSupplier = suppliers.create;
/** Changes a supplier, e.g. records an assessment or the responsibilities allocated (A.10.2). */
export const updateSupplier = suppliers.update;
/** Archives a supplier. */
export const archiveSupplier = suppliers.archive;
/** The supplier use-cases, for the importers. */
export const supplierRecords = suppliers;
