// Statement of Applicability (§6.1.3) and clause tracker contracts.
import { z } from 'zod';
import { patchSchema, TenantEntitySchema } from '../common/entity.ts';
import { byAtFields } from '../common/stamps.ts';

/** How far a control (or clause) is implemented. */
export const IMPLEMENTATION_STATUSES = ['not_started', 'planned', 'partial', 'implemented'] as const;
export const ImplementationStatusSchema = z.enum(IMPLEMENTATION_STATUSES);
export type ImplementationStatus = z.infer<typeof ImplementationStatusSchema>;

/** Human labels for the statuses. */
export const IMPLEMENTATION_STATUS_LABEL: Record<ImplementationStatus, string> = {
  not_started: 'Not started',
  planned: 'Planned',
  partial: 'Partly implemented',
  implemented: 'Implemented',
};

/** Ids of linked records from other modules (risks, evidence, documents): prefixed ids, checked for shape only. */
export const LinkedIdSchema = z.string().regex(/^[a-z]{2,5}_[0-9a-z]{26}$/, 'not an id');
const linkedIds = z.array(LinkedIdSchema).max(200);

/** The decision on one control as an entry carries it and a version freezes it. */
const decisionShape = {
  applicable: z.boolean(),
  justification: z.string(),
  implementationStatus: ImplementationStatusSchema,
  ownerId: z.string().nullable(),
  riskIds: z.array(z.string()),
  evidenceIds: z.array(z.string()),
  documentIds: z.array(z.string()),
};

/**
 * One SoA entry: the organization's decision on one Annex A control. In the list (`GET …/soa`) the linked ids are
 * only the first SOA_LINK_PREVIEW of each kind — the counts give all.
 */
export const SoaEntrySchema = TenantEntitySchema.extend({
  controlRef: z.string(),
  title: z.string(),
  area: z.string(),
  ...decisionShape,
  riskCount: z.number().int(),
  evidenceCount: z.number().int(),
  documentCount: z.number().int(),
  hasFullText: z.boolean(),
});
export type SoaEntry = z.infer<typeof SoaEntrySchema>;

/** How many linked ids of each kind an entry carries in the SoA list (issue 17); `…/soa/{ref}/links` pages all. */
export const SOA_LINK_PREVIEW = 5;

/** The kinds of record an SoA entry links to. */
export const SOA_LINK_TYPES = ['risk', 'evidence', 'document'] as const;

/** One record linked to a control (`GET …/soa/{controlRef}/links`). */
export const SoaLinkSchema = z.object({ type: z.enum(SOA_LINK_TYPES), id: z.string() });
export type SoaLink = z.infer<typeof SoaLinkSchema>;

/** `?type=&limit=&cursor=` of a control's links. */
export const SoaLinksQuerySchema = z.object({
  type: z.enum(SOA_LINK_TYPES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(500).optional(),
});
export type SoaLinksQuery = z.infer<typeof SoaLinksQuerySchema>;

/** A change to one SoA entry; an exclusion needs a justification (checked on the merged result, 422). */
export const UpdateSoaEntrySchema = patchSchema({
  applicable: z.boolean(),
  justification: z.string().max(5000),
  implementationStatus: ImplementationStatusSchema,
  ownerId: z.string().max(64).nullable(),
  riskIds: linkedIds,
  evidenceIds: linkedIds,
  documentIds: linkedIds,
});
export type UpdateSoaEntryInput = z.infer<typeof UpdateSoaEntrySchema>;

/** `?area=&status=&applicable=` filters of the SoA list. */
export const SoaFilterSchema = z.object({
  area: z
    .string()
    .regex(/^A\.\d{1,2}$/, 'an Annex A area such as A.6')
    .optional(),
  status: ImplementationStatusSchema.optional(),
  applicable: z.enum(['true', 'false']).optional(),
});

/** The frozen content of one SoA version: one row per control, in Annex A order. */
export const SoaSnapshotRowSchema = z.object({
  controlRef: z.string(),
  title: z.string(),
  ...decisionShape,
});
export type SoaSnapshotRow = z.infer<typeof SoaSnapshotRowSchema>;

export const SOA_VERSION_STATUSES = ['submitted', 'approved', 'superseded', 'withdrawn'] as const;
export const SoaVersionStatusSchema = z.enum(SOA_VERSION_STATUSES);
export type SoaVersionStatus = z.infer<typeof SoaVersionStatusSchema>;

/** Human labels for the version states. */
export const SOA_VERSION_STATUS_LABEL: Record<SoaVersionStatus, string> = {
  submitted: 'Submitted',
  approved: 'Approved',
  superseded: 'Superseded',
  withdrawn: 'Withdrawn',
};

/** A submitted or approved SoA version: a frozen snapshot with its SHA-256 content hash. */
export const SoaVersionSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  number: z.number().int().min(1),
  status: SoaVersionStatusSchema,
  note: z.string(),
  contentHash: z.string(),
  submittedBy: z.string().nullable(),
  submittedAt: z.string().datetime(),
  ...byAtFields('approved'),
});
export type SoaVersion = z.infer<typeof SoaVersionSchema>;

export const SubmitSoaSchema = z.object({ note: z.string().max(2000).default('') }).strict();

/** Body of `POST …/soa/decide-remaining` (optional): the reason recorded on each control it decides (§6.1.3 d). */
export const DecideRemainingSoaSchema = z
  .object({ justification: z.string().trim().max(5000).optional() })
  .strict();
export type DecideRemainingSoaInput = z.infer<typeof DecideRemainingSoaSchema>;

/** The working SoA against its latest version: whether edits wait to be submitted. */
export const SoaStateSchema = z.object({
  draftHash: z.string(),
  latestVersion: SoaVersionSchema.nullable(),
  approvedVersion: SoaVersionSchema.nullable(),
  hasUnsubmittedChanges: z.boolean(),
});

/** `?from=&to=`: version numbers, or `draft` for the working SoA. */
export const SoaDiffQuerySchema = z.object({
  from: z.union([z.literal('draft'), z.coerce.number().int().min(1).max(1_000_000)]),
  to: z.union([z.literal('draft'), z.coerce.number().int().min(1).max(1_000_000)]).default('draft'),
});

/** One field that differs between two SoA versions. */
export const SoaChangeSchema = z.object({
  controlRef: z.string(),
  field: z.string(),
  from: z.unknown(),
  to: z.unknown(),
});
export type SoaChange = z.infer<typeof SoaChangeSchema>;

/** Clause tracker row (§4–§10): status, owner, notes and links for one clause. */
export const ClauseStatusSchema = TenantEntitySchema.extend({
  clauseRef: z.string(),
  title: z.string(),
  status: ImplementationStatusSchema,
  ownerId: z.string().nullable(),
  notes: z.string(),
  evidenceIds: z.array(z.string()),
  documentIds: z.array(z.string()),
});
export type ClauseStatus = z.infer<typeof ClauseStatusSchema>;

export const UpdateClauseStatusSchema = patchSchema({
  status: ImplementationStatusSchema,
  ownerId: z.string().max(64).nullable(),
  notes: z.string().max(20_000),
  evidenceIds: linkedIds,
  documentIds: linkedIds,
});
export type UpdateClauseStatusInput = z.infer<typeof UpdateClauseStatusSchema>;

/** A link between two records, seen from one side. */
export const LinkSchema = z.object({
  entityType: z.string(),
  entityId: z.string(),
  createdAt: z.string().datetime(),
});
export const LinkQuerySchema = z.object({
  entityType: z.enum(['control', 'clause', 'risk', 'evidence', 'document']),
  entityId: z.string().min(1).max(64),
});
