// Query keys of the comments (requests for information) of one organization.
export const commentKeys = {
  all: (orgId: string) => ['orgs', orgId, 'comments'] as const,
};
