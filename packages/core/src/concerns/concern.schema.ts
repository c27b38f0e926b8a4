// Concern reporting (A.3.3) and external reports of adverse impacts (A.8.3): a public channel per organization,
// anonymous if the reporter wishes, with a follow-up code through which the reporter reads answers.
import { z } from 'zod';
import { nameString, TenantEntitySchema, textString } from '../common/entity.ts';
import { ListQuerySchema } from '../common/pagination.ts';
import { updateBodySchema } from '../common/update-body.ts';
import { INCIDENT_SEVERITIES, NC_SEVERITIES } from '../improvement/improvement.schema.ts';

/** A.3.3 concerns about the organization's role with AI; A.8.3 adverse impacts seen from outside. */
export const CONCERN_KINDS = ['concern', 'adverse_impact', 'other'] as const;
export const ConcernKindSchema = z.enum(CONCERN_KINDS);
export type ConcernKind = z.infer<typeof ConcernKindSchema>;
export const CONCERN_KIND_LABEL: Record<ConcernKind, string> = {
  concern: 'Concern about our use of AI',
  adverse_impact: 'Harm or adverse impact',
  other: 'Something else',
};

/** Triage states: received, being looked at, done (resolved) or not pursued (dismissed). */
export const CONCERN_STATUSES = ['received', 'in_review', 'resolved', 'dismissed'] as const;
export const ConcernStatusSchema = z.enum(CONCERN_STATUSES);
export type ConcernStatus = z.infer<typeof ConcernStatusSchema>;
export const CONCERN_STATUS_LABEL: Record<ConcernStatus, string> = {
  received: 'Received',
  in_review: 'In review',
  resolved: 'Resolved',
  dismissed: 'Dismissed',
};

/** Who wrote a message on a concern: the reporter, through the code, or the organization. */
export const CONCERN_MESSAGE_FROM = ['reporter', 'organization'] as const;

/** The public form. Name and email are optional: a reporter may stay anonymous. */
export const SubmitConcernSchema = z
  .object({
    kind: ConcernKindSchema.default('concern'),
    /** A published AI system of the organization, when the concern is about one. */
    aiSystemId: z.string().max(64).nullable().default(null),
    title: nameString(300),
    description: nameString(10_000),
    reporterName: z.string().trim().max(200).nullable().default(null),
    reporterEmail: z.string().trim().email().max(320).nullable().default(null),
  })
  .strict();
export type SubmitConcernInput = z.input<typeof SubmitConcernSchema>;

/** The answer to a submission: the code is shown once and never stored in clear. */
export const ConcernReceiptSchema = z.object({ followUpCode: z.string() });

/** A message added with the follow-up code, or an answer from the organization. */
export const ConcernMessageInputSchema = z.object({ body: nameString(10_000) }).strict();
export type ConcernMessageInput = z.input<typeof ConcernMessageInputSchema>;

/** A message as members see it. */
export const ConcernMessageSchema = z.object({
  id: z.string(),
  from: z.enum(CONCERN_MESSAGE_FROM),
  body: z.string(),
  /** The member who answered; null for the reporter. */
  authorId: z.string().nullable(),
  createdAt: z.string().datetime(),
});
export type ConcernMessage = z.infer<typeof ConcernMessageSchema>;

/** A concern as members see it. Reporter name and email are null unless the caller's role may see them. */
export const ConcernSchema = TenantEntitySchema.extend({
  kind: ConcernKindSchema,
  aiSystemId: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  status: ConcernStatusSchema,
  /** Internal note of the triage; never shown to the reporter. */
  triageNote: z.string(),
  /** True when the reporter's identity, if any, is withheld from the caller (roles below lead). */
  identityHidden: z.boolean(),
  reporterName: z.string().nullable(),
  reporterEmail: z.string().nullable(),
  incidentId: z.string().nullable(),
  nonconformityId: z.string().nullable(),
  messages: z.array(ConcernMessageSchema),
});
export type Concern = z.infer<typeof ConcernSchema>;

/** Triage fields members change (status, kind, the system it is about, an internal note). */
export const UpdateConcernSchema = updateBodySchema({
  kind: ConcernKindSchema,
  status: ConcernStatusSchema,
  aiSystemId: z.string().max(64).nullable(),
  triageNote: textString(10_000),
});
export type UpdateConcernInput = z.input<typeof UpdateConcernSchema>;

/** Turning a concern into an incident (A.8.4) or a nonconformity (§10.2). */
export const ConvertConcernSchema = z.discriminatedUnion('into', [
  z.object({ into: z.literal('incident'), severity: z.enum(INCIDENT_SEVERITIES).default('medium') }).strict(),
  z.object({ into: z.literal('nonconformity'), severity: z.enum(NC_SEVERITIES).default('minor') }).strict(),
]);
export type ConvertConcernInput = z.input<typeof ConvertConcernSchema>;

export const CONCERN_SORTS = ['createdAt', 'updatedAt', 'title', 'status'] as const;
export const ConcernListQuerySchema = ListQuerySchema.extend({
  status: ConcernStatusSchema.optional(),
  kind: ConcernKindSchema.optional(),
});
export type ConcernListQuery = z.infer<typeof ConcernListQuerySchema>;

/** What the reporter reads with the code: no ids, no members, no triage note, no identity. */
export const PublicConcernSchema = z.object({
  organizationName: z.string(),
  kind: ConcernKindSchema,
  title: z.string(),
  description: z.string(),
  status: ConcernStatusSchema,
  receivedAt: z.string().datetime(),
  messages: z.array(
    z.object({ from: z.enum(CONCERN_MESSAGE_FROM), body: z.string(), at: z.string().datetime() }),
  ),
});
export type PublicConcern = z.infer<typeof PublicConcernSchema>;
