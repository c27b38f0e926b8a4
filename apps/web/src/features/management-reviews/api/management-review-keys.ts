// Query keys of management reviews: everything under one root so a write refreshes lists, details and inputs.
export const managementReviewKeys = {
  all: (orgId: string) => ['orgs', orgId, 'management-reviews'] as const,
  detail: (orgId: string, id: string) => [...managementReviewKeys.all(orgId), 'detail', id] as const,
  inputs: (orgId: string, id: string) => [...managementReviewKeys.all(orgId), 'inputs', id] as const,
  diff: (orgId: string, id: string) => [...managementReviewKeys.all(orgId), 'diff', id] as const,
};
