// Query keys of the AI system inventory, so lists and details refresh together.
export const aiSystemKeys = {
  all: (orgId: string) => ['orgs', orgId, 'ai-systems'] as const,
  detail: (orgId: string, id: string) => ['orgs', orgId, 'ai-systems', 'detail', id] as const,
};
