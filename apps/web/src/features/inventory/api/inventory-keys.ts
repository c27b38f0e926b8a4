// Query keys of the inventory records, so imports refresh every list.
export const inventoryKeys = {
  all: (orgId: string) => ['orgs', orgId, 'inventory'] as const,
  records: (orgId: string, kind: 'models' | 'datasets' | 'suppliers') =>
    ['orgs', orgId, 'inventory', kind] as const,
};
