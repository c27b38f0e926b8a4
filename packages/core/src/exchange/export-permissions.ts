// Which permission each export needs (DESIGN §4 `GET …/exports/{name}`): an export shows the data of one module,
// so reading it needs that module's read permission, no more and no less.
import type { Permission } from '../orgs/permissions.ts';

/** Export name → the permission that reads it. An export name missing here does not exist. */
export const EXPORT_PERMISSIONS = {
  'soa.xlsx': 'soa:read',
  'soa.csv': 'soa:read',
  'soa.pdf': 'soa:read',
  'oscal-catalog.json': 'soa:read',
  'oscal-profile.json': 'soa:read',
  'oscal-ssp.json': 'soa:read',
  'risks.xlsx': 'risk:read',
  'risks.pdf': 'risk:read',
  'impact-assessment.pdf': 'impact:read',
  'impact-assessment.xlsx': 'impact:read',
  'cyclonedx.json': 'inventory:export',
  'spdx.json': 'inventory:export',
  'audit-pack.zip': 'audit-pack:export',
  // §9.2.2: the audit report and the OSCAL assessment layer; the POA&M lists open nonconformities (§10.2).
  'audit-report.pdf': 'audit:read',
  'oscal-assessment-plan.json': 'audit:read',
  'oscal-assessment-results.json': 'audit:read',
  'oscal-poam.json': 'improvement:read',
  'management-review.pdf': 'management_review:read',
  // EU AI Act Art. 11 + Annex IV: the technical documentation of one AI system.
  'annex-iv.pdf': 'ai_system:read',
  'annex-iv.docx': 'ai_system:read',
  // Issue 11 item 3: external auditors' reads, for the organization to review.
  'access-log.csv': 'access_log:read',
} as const satisfies Record<string, Permission>;

/** A known export name. */
export type ExportName = keyof typeof EXPORT_PERMISSIONS;

/** Every known export name, in the order above. */
export const EXPORT_NAMES = Object.keys(EXPORT_PERMISSIONS) as ExportName[];

/** Whether `name` is a known export (own keys only, so `constructor` or `__proto__` are not). */
export function isExportName(name: string): name is ExportName {
  return Object.hasOwn(EXPORT_PERMISSIONS, name);
}

/** The permission an export needs, or undefined when there is no such export. */
export function exportPermission(name: string): Permission | undefined {
  return isExportName(name) ? EXPORT_PERMISSIONS[name] : undefined;
}
