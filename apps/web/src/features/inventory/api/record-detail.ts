// GET and PATCH (with If-Match) of one model, dataset or supplier.
import {
  DatasetSchema,
  ModelSchema,
  SupplierSchema,
  type UpdateDatasetInput,
  type UpdateModelInput,
  type UpdateSupplierInput,
} from '@openaims/core';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { patchVersion } from '../../../lib/patch-version.ts';
import { inventoryKeys } from './inventory-keys.ts';

export type RecordKind = 'models' | 'datasets' | 'suppliers';
const SCHEMA = { models: ModelSchema, datasets: DatasetSchema, suppliers: SupplierSchema } as const;
export type Entity<K extends RecordKind> = z.output<(typeof SCHEMA)[K]>;
export type Update<K extends RecordKind> = K extends 'models'
  ? UpdateModelInput
  : K extends 'datasets'
    ? UpdateDatasetInput
    : UpdateSupplierInput;

const detailKey = (orgId: string, kind: RecordKind, id: string) =>
  [...inventoryKeys.records(orgId, kind), 'detail', id] as const;

export const recordQuery = <K extends RecordKind>(orgId: string, kind: K, id: string) =>
  queryOptions({
    queryKey: detailKey(orgId, kind, id),
    queryFn: () => api.get(`/orgs/${orgId}/${kind}/${id}`, SCHEMA[kind]) as Promise<Entity<K>>,
  });

export const useRecord = <K extends RecordKind>(orgId: string, kind: K, id: string) =>
  useQuery(recordQuery(orgId, kind, id));

export function useUpdateRecord<K extends RecordKind>(orgId: string, kind: K, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ version, input }: { version: number; input: Update<K> }) =>
      patchVersion(`/orgs/${orgId}/${kind}/${id}`, version, input, SCHEMA[kind]) as Promise<Entity<K>>,
    onSuccess: (entity) => {
      qc.setQueryData(detailKey(orgId, kind, id), entity);
      return qc.invalidateQueries({
        queryKey: inventoryKeys.records(orgId, kind),
        predicate: (q) => q.queryKey[4] !== 'detail',
      });
    },
  });
}
