// Improvement (§10.1, §10.2; A.8.4; EU AI Act Art. 73): nonconformities with correction, root cause and
// corrective actions whose effectiveness is checked, and AI incidents with the serious-incident reporting clock.
import { z } from 'zod';
import { createBodySchema } from '../common/create-body.ts';
import { CalendarDateSchema } from '../common/dates.ts';
import { nameString, TenantEntitySchema, textString, withDefaults } from '../common/entity.ts';
import { ListQuerySchema } from '../common/pagination.ts';
import { stampFields } from '../common/stamps.ts';
import { updateBodySchema } from '../common/update-body.ts';

const isoDate = CalendarDateSchema;
const refs = z.array(z.string().trim().min(1).max(40)).max(50);

export const NC_SOURCES = ['audit', 'incident', 'monitoring', 'complaint', 'review', 'other'] as const;
export const NC_SEVERITIES = ['major', 'minor'] as const;
/** §10.2: react (correction), evaluate the cause, act, review effectiveness, close. */
export const NC_STATUSES = ['open', 'action_planned', 'verifying', 'closed'] as const;

export const NonconformitySchema = TenantEntitySchema.extend({
  title: z.string(),
  description: z.string(),
  source: z.enum(NC_SOURCES),
  /** The finding, incident or metric it came from, when recorded here. */
  sourceRef: z.string().nullable(),
  severity: z.enum(NC_SEVERITIES),
  /** Clauses or Annex A controls not fulfilled, e.g. "8.4", "A.6.2.4". */
  requirementRefs: z.array(z.string()),
  detectedOn: z.string(),
  ownerId: z.string().nullable(),
  /** §10.2 a: what was done at once to control and correct it. */
  correction: z.string(),
  /** §10.2 b: why it happened, and whether similar ones exist or could occur. */
  rootCause: z.string(),
  status: z.enum(NC_STATUSES),
  ...stampFields('closed'),
});
export type Nonconformity = z.infer<typeof NonconformitySchema>;

/**
 * What is edited directly on a nonconformity; the status moves through its own routes (close) or follows the
 * actions.
 */
const nonconformityFields = {
  title: nameString(300),
  description: textString(10_000),
  severity: z.enum(NC_SEVERITIES),
  requirementRefs: refs,
  detectedOn: isoDate,
  ownerId: z.string().nullable(),
  correction: textString(10_000),
  rootCause: textString(10_000),
};

/** A new nonconformity, with where it came from (fixed once recorded). */
export const CreateNonconformitySchema = z
  .object({
    ...withDefaults(nonconformityFields, {
      description: '',
      requirementRefs: [],
      ownerId: null,
      correction: '',
      rootCause: '',
    }),
    source: z.enum(NC_SOURCES),
    sourceRef: z.string().max(64).nullable().default(null),
  })
  .strict();
export type CreateNonconformityInput = z.input<typeof CreateNonconformitySchema>;

/** The fields without their defaults: zod 4 applies defaults inside partial(), which would reset omitted ones. */
export const UpdateNonconformitySchema = updateBodySchema(nonconformityFields);
export type UpdateNonconformityInput = z.input<typeof UpdateNonconformitySchema>;

export const NC_SORTS = ['detectedOn', 'createdAt', 'title', 'severity'] as const;
export const NonconformityListQuerySchema = ListQuerySchema.extend({
  status: z.enum(NC_STATUSES).optional(),
  severity: z.enum(NC_SEVERITIES).optional(),
  open: z.enum(['true', 'false']).optional(),
});

export const CA_STATUSES = ['open', 'done', 'cancelled'] as const;

/** §10.2 c–e: an action to remove the cause, and the later check that it worked. */
export const CorrectiveActionSchema = TenantEntitySchema.extend({
  nonconformityId: z.string(),
  description: z.string(),
  ownerId: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(CA_STATUSES),
  completedAt: z.string().datetime().nullable(),
  /** Null until checked; then whether the cause is gone. */
  effective: z.boolean().nullable(),
  effectivenessNote: z.string(),
  ...stampFields('checked'),
});
export type CorrectiveAction = z.infer<typeof CorrectiveActionSchema>;

/** What a person plans on a corrective action. */
const actionFields = {
  description: nameString(5000),
  ownerId: z.string().nullable(),
  dueDate: isoDate.nullable(),
};

export const CreateCorrectiveActionSchema = z
  .object({
    nonconformityId: z.string().min(1).max(64),
    ...withDefaults(actionFields, { ownerId: null, dueDate: null }),
  })
  .strict();
export type CreateCorrectiveActionInput = z.input<typeof CreateCorrectiveActionSchema>;

export const UpdateCorrectiveActionSchema = updateBodySchema({
  ...actionFields,
  status: z.enum(CA_STATUSES),
});
export type UpdateCorrectiveActionInput = z.input<typeof UpdateCorrectiveActionSchema>;

export const EffectivenessCheckSchema = z.object({ effective: z.boolean(), note: nameString(5000) }).strict();
export type EffectivenessCheckInput = z.input<typeof EffectivenessCheckSchema>;

export const CorrectiveActionListQuerySchema = ListQuerySchema.extend({
  nonconformityId: z.string().max(64).optional(),
  status: z.enum(CA_STATUSES).optional(),
});

/** EU AI Act Art. 3(49): what makes an incident serious. */
export const SERIOUS_CATEGORIES = [
  'death',
  'serious_health_harm',
  'critical_infrastructure',
  'fundamental_rights',
  'property_or_environment',
] as const;
export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const INCIDENT_STATUSES = ['open', 'reported', 'closed'] as const;

/** Words for the stored values of improvement records (labels on every screen and report, never the values). */
export const NC_STATUS_LABEL: Record<(typeof NC_STATUSES)[number], string> = {
  open: 'Open',
  action_planned: 'Action planned',
  verifying: 'Verifying',
  closed: 'Closed',
};
/** Where a nonconformity was found. */
export const NC_SOURCE_LABEL: Record<(typeof NC_SOURCES)[number], string> = {
  audit: 'Audit',
  incident: 'Incident',
  monitoring: 'Monitoring',
  complaint: 'Complaint',
  review: 'Management review',
  other: 'Other',
};
/** How serious a nonconformity is (a major one puts certification at risk). */
export const NC_SEVERITY_LABEL: Record<(typeof NC_SEVERITIES)[number], string> = {
  major: 'Major',
  minor: 'Minor',
};
/** Where a corrective action stands (§10.2). */
export const CA_STATUS_LABEL: Record<(typeof CA_STATUSES)[number], string> = {
  open: 'Open',
  done: 'Done',
  cancelled: 'Cancelled',
};
/** EU AI Act Art. 3(49) categories in words. */
export const SERIOUS_CATEGORY_LABEL: Record<(typeof SERIOUS_CATEGORIES)[number], string> = {
  death: 'Death of a person',
  serious_health_harm: 'Serious harm to health',
  critical_infrastructure: 'Serious disruption of critical infrastructure',
  fundamental_rights: 'Breach of fundamental-rights obligations',
  property_or_environment: 'Serious harm to property or the environment',
};
/** An incident's severity in words. */
export const INCIDENT_SEVERITY_LABEL: Record<(typeof INCIDENT_SEVERITIES)[number], string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};
/** Where an incident stands. */
export const INCIDENT_STATUS_LABEL: Record<(typeof INCIDENT_STATUSES)[number], string> = {
  open: 'Open',
  reported: 'Reported',
  closed: 'Closed',
};

export const IncidentSchema = TenantEntitySchema.extend({
  title: z.string(),
  description: z.string(),
  aiSystemId: z.string().nullable(),
  occurredAt: z.string(),
  /** When the organization became aware: the Art. 73 clock starts here. */
  awareOn: z.string(),
  severity: z.enum(INCIDENT_SEVERITIES),
  seriousCategories: z.array(z.enum(SERIOUS_CATEGORIES)),
  /** A widespread infringement (Art. 3(61)): the 2-day clock. */
  widespread: z.boolean(),
  /** Computed on the server. */
  serious: z.boolean(),
  reportingDeadline: z.string().nullable(),
  reportedOn: z.string().nullable(),
  authority: z.string(),
  /** A.8.4: who was informed (users, provider, affected people) and how. */
  informed: z.string(),
  nonconformityId: z.string().nullable(),
  status: z.enum(INCIDENT_STATUSES),
});
export type Incident = z.infer<typeof IncidentSchema>;

/** What is recorded about an incident when it is reported, and edited later. */
const incidentFields = {
  title: nameString(300),
  description: textString(10_000),
  aiSystemId: z.string().max(64).nullable(),
  occurredAt: isoDate,
  awareOn: isoDate,
  severity: z.enum(INCIDENT_SEVERITIES),
  seriousCategories: z.array(z.enum(SERIOUS_CATEGORIES)).max(5),
  widespread: z.boolean(),
  informed: textString(5000),
};

export const CreateIncidentSchema = createBodySchema(incidentFields, {
  description: '',
  aiSystemId: null,
  seriousCategories: [],
  widespread: false,
  informed: '',
});
export type CreateIncidentInput = z.input<typeof CreateIncidentSchema>;

export const UpdateIncidentSchema = updateBodySchema({
  ...incidentFields,
  reportedOn: isoDate.nullable(),
  authority: textString(500),
  status: z.enum(INCIDENT_STATUSES),
  nonconformityId: z.string().max(64).nullable(),
});
export type UpdateIncidentInput = z.input<typeof UpdateIncidentSchema>;

export const IncidentListQuerySchema = ListQuerySchema.extend({
  status: z.enum(INCIDENT_STATUSES).optional(),
  serious: z.enum(['true', 'false']).optional(),
});
export const INCIDENT_SORTS = ['awareOn', 'createdAt', 'title'] as const;
