// Query keys of internal audits, so the calendar, an audit's workspace and its findings refresh together.
export const auditKeys = {
  all: (orgId: string) => ['orgs', orgId, 'audits'] as const,
  programmes: (orgId: string) => ['orgs', orgId, 'audits', 'programmes'] as const,
  list: (orgId: string) => ['orgs', orgId, 'audits', 'list'] as const,
  detail: (orgId: string, id: string) => ['orgs', orgId, 'audits', 'detail', id] as const,
  checklist: (orgId: string, id: string) => ['orgs', orgId, 'audits', 'detail', id, 'checklist'] as const,
  findings: (orgId: string, id: string) => ['orgs', orgId, 'audits', 'detail', id, 'findings'] as const,
};
