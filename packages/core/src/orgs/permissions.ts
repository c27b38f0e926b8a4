// The one permission table (DESIGN §5). Every route names one permission; the server checks it here.
import { AppError } from '../errors.ts';

/** Member roles, most powerful first. */
export const ROLES = ['owner', 'admin', 'manager', 'contributor', 'auditor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

const ALL: readonly Role[] = ROLES;
const ADMINS: readonly Role[] = ['owner', 'admin'];
const LEADS: readonly Role[] = ['owner', 'admin', 'manager'];
const EDITORS: readonly Role[] = ['owner', 'admin', 'manager', 'contributor'];
const AUDIT_WRITERS: readonly Role[] = ['owner', 'admin', 'manager', 'auditor'];

/**
 * Permission → roles that hold it. `auditor` reads everything and writes only audit findings;
 * `viewer` only reads. Adding a module means adding its rows here, nowhere else.
 */
export const PERMISSIONS = {
  'org:read': ALL,
  'org:update': ADMINS,
  'member:read': ALL,
  'member:manage': ADMINS,
  'invitation:read': ADMINS,
  'invitation:manage': ADMINS,
  'token:read': ADMINS,
  'token:manage': ADMINS,
  // Webhooks send the organization's data to another system: administrators decide where.
  'webhook:read': ADMINS,
  'webhook:manage': ADMINS,
  // Issue 11 item 3: the log of auditors' reads is the organization's oversight of them, so administrators read it.
  'access_log:read': ADMINS,
  'ledger:read': ALL,
  // Issue 11: the sealed audit pack holds every module's records; leads and auditors take it for certification.
  'audit-pack:export': AUDIT_WRITERS,
  'readiness:read': ALL,
  // Issue 16: the guided set-up; everyone sees the progress, leads skip steps and finish or put the guide away.
  'setup:read': ALL,
  'setup:update': LEADS,
  'context:read': ALL,
  // §4.1–4.2: contributors often hold the facts about issues and parties, so every editor keeps the register.
  'context:update': EDITORS,
  'objective:read': ALL,
  'objective:update': EDITORS,
  // §9.1: measurements are records of their own (append-only), so they have their own permission.
  'measurement:create': EDITORS,
  // §9.1, A.6.2.6: what is monitored and its thresholds are set by editors; retiring a metric is a lead's call.
  'metric:read': ALL,
  'metric:create': EDITORS,
  'metric:update': EDITORS,
  'metric:archive': LEADS,
  'alert:update': EDITORS,
  'competence:read': ALL,
  // §7.2: the organization determines the competence needed; leads set it, editors record training.
  'competence:update': LEADS,
  'training:create': EDITORS,
  'improvement:read': ALL,
  'nonconformity:create': EDITORS,
  'nonconformity:update': EDITORS,
  // §10.2 d–g: reviewing effectiveness and closing are management's call.
  'nonconformity:close': LEADS,
  'incident:create': EDITORS,
  'incident:update': EDITORS,
  // Closing (or reopening) an incident ends its handling: management's call, like closing a nonconformity.
  'incident:close': LEADS,
  'ai_system:read': ALL,
  'ai_system:create': EDITORS,
  'ai_system:update': EDITORS,
  'ai_system:archive': LEADS,
  'soa:read': ALL,
  'soa:update': EDITORS,
  // §6.1.3: the SoA is approved by designated management, so only leads approve.
  'soa:approve': LEADS,
  'control_text:manage': LEADS,
  'clause:read': ALL,
  'clause:update': EDITORS,
  'risk:read': ALL,
  'risk:create': EDITORS,
  'risk:update': EDITORS,
  // §6.1.3: residual risk and the treatment plan are approved by designated management, not by contributors.
  'risk:accept': LEADS,
  // §6.1.3, §8.2: closing a risk takes it out of treatment and review, so leads decide it, not contributors.
  'risk:close': LEADS,
  'risk_criteria:read': ALL,
  // §6.1.1: the risk criteria are set by the AIMS leads.
  'risk_criteria:update': LEADS,
  'threat:read': ALL,
  'threat:import': LEADS,
  'impact:read': ALL,
  'impact:create': EDITORS,
  'impact:update': EDITORS,
  // §6.1.4, 42005 5.11: approval by the designated authority.
  'impact:approve': LEADS,
  'document:read': ALL,
  'document:create': EDITORS,
  'document:update': EDITORS,
  // §5.2, §7.5.2: policies and controlled documents are approved by designated management (leads).
  'document:approve': LEADS,
  // §7.3: members acknowledge the AI policy. DESIGN §5 keeps auditors (who write only findings) and viewers
  // read-only, so a person who must acknowledge holds at least the contributor role.
  'document:acknowledge': EDITORS,
  'link:read': ALL,
  'ai_system:classify': EDITORS,
  'model:read': ALL,
  'model:create': EDITORS,
  'model:update': EDITORS,
  'model:archive': LEADS,
  'dataset:read': ALL,
  'dataset:create': EDITORS,
  'dataset:update': EDITORS,
  'dataset:archive': LEADS,
  'supplier:read': ALL,
  'supplier:create': EDITORS,
  'supplier:update': EDITORS,
  'supplier:archive': LEADS,
  'inventory:import': EDITORS,
  'inventory:export': ALL,
  'deployment_gate:read': ALL,
  'deployment_gate:manage': LEADS,
  // Tasks (§6.1.3, §8.3, §10.2): anyone reads; editors plan and work actions.
  'task:read': ALL,
  'task:create': EDITORS,
  'task:update': EDITORS,
  'evidence:read': ALL,
  'evidence:create': EDITORS,
  'evidence:update': EDITORS,
  // §7.5.3: retained evidence is archived (kept, hidden from daily lists), never deleted; only leads decide that.
  'evidence:archive': LEADS,
  'management_review:read': ALL,
  'management_review:update': LEADS,
  // §9.3: top management reviews the AIMS; the results are signed off by a lead.
  'management_review:approve': LEADS,
  'finding:read': ALL,
  'finding:write': AUDIT_WRITERS,
  // §9.2.2: management plans the audit programme and appoints auditors; auditors work the checklist and record
  // findings under `finding:write` (DESIGN §5: the auditor role writes only audit work).
  'audit:read': ALL,
  'audit:plan': LEADS,
  // Issue 11 item 3: requests for information. Auditors may ask (a comment changes no record); leads answer.
  'comment:read': ALL,
  'comment:create': ['owner', 'admin', 'manager', 'contributor', 'auditor'],
  'comment:answer': LEADS,
  // A.6.2.7, A.8.2: editors draft what users are told; publishing it to the world is management's call.
  'transparency:read': ALL,
  'transparency:update': EDITORS,
  'transparency:publish': LEADS,
  // A.3.3, A.8.3: every member reads concerns (without the reporter's identity); leads triage, answer, convert,
  // and alone see who reported.
  'concern:read': ALL,
  'concern:update': LEADS,
  'concern:answer': LEADS,
  'concern:convert': LEADS,
  'concern:identity': LEADS,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether a role holds a permission. Unknown roles hold nothing (deny by default). */
export function can(role: Role | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Throws FORBIDDEN unless the role holds the permission. */
export function assertCan(role: Role | undefined, permission: Permission): void {
  if (!can(role, permission)) {
    throw new AppError('FORBIDDEN', `Your role (${role ?? 'none'}) does not allow ${permission}.`);
  }
}

/** Whether a role may grant another role: nobody grants above their own rank; only owners grant owner. */
export function canGrantRole(granter: Role, role: Role): boolean {
  if (!can(granter, 'member:manage')) return false;
  return ROLES.indexOf(role) >= ROLES.indexOf(granter);
}

/** Every permission a role holds, for the web app to hide what the server would refuse. */
export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}
