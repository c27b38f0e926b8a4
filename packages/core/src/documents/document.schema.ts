// Controlled documents contract (§5.2 AI policy, §7.5 documented information, A.2): a document with versions
// that move draft → in review → approved → superseded, review dates and acknowledgements by members.
import { z } from 'zod';
import { findRequirement } from '../catalog/catalog.ts';
import { nameString, patchSchema, TenantEntitySchema } from '../common/entity.ts';
import { byAtFields } from '../common/stamps.ts';
import { MANDATORY_KEYS } from '../readiness/mandatory.ts';

/** Kinds of controlled document (DESIGN §5). */
export const DOCUMENT_TYPES = ['policy', 'procedure', 'scope', 'plan', 'record', 'other'] as const;
export const DocumentTypeSchema = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

/** The states of one version (§7.5.2 review and approval; §7.5.3 control of changes). */
export const DOCUMENT_VERSION_STATUSES = ['draft', 'in_review', 'approved', 'superseded'] as const;
export const DocumentVersionStatusSchema = z.enum(DOCUMENT_VERSION_STATUSES);
export type DocumentVersionStatus = z.infer<typeof DocumentVersionStatusSchema>;

/**
 * Where the document as a whole stands: `approved` once any version is approved (a newer draft in the works does
 * not take the approved one out of force), otherwise the state of its newest version, `draft` when it has none.
 */
export const DOCUMENT_STATUSES = ['draft', 'in_review', 'approved'] as const;
export const DocumentStatusSchema = z.enum(DOCUMENT_STATUSES);
export type DocumentStatus = z.infer<typeof DocumentStatusSchema>;

/** Which item of mandatory documented information (cl. 4–10) the document is. */
export const MandatoryKeySchema = z.enum(MANDATORY_KEYS);

/** A clause or Annex A ref of ISO/IEC 42001 (e.g. `5.2`, `A.2.2`), checked against the catalogue. */
export const RequirementRefSchema = z
  .string()
  .max(20)
  .refine(
    (r) => findRequirement('iso-iec-42001-2023', r) !== undefined,
    'not an ISO/IEC 42001 clause or control ref',
  );

/** Markdown body of a version. Raw HTML is never rendered by the web app. */
export const MarkdownSchema = z.string().max(200_000);

/** Months between planned reviews (§7.5.2 suitability; A.2.4 review of the AI policy at planned intervals). */
export const ReviewIntervalSchema = z.number().int().min(1).max(60);

/** A controlled document; `current*` fields describe its approved version in force, if any. */
export const DocumentSchema = TenantEntitySchema.extend({
  title: z.string(),
  type: DocumentTypeSchema,
  description: z.string(),
  ownerId: z.string().nullable(),
  mandatoryKey: MandatoryKeySchema.nullable(),
  requirementRefs: z.array(z.string()),
  reviewIntervalMonths: z.number().int(),
  status: DocumentStatusSchema,
  latestVersionNumber: z.number().int(),
  currentVersionId: z.string().nullable(),
  currentVersionNumber: z.number().int().nullable(),
  currentContentHash: z.string().nullable(),
  ...byAtFields('approved'),
  nextReviewDate: z.string().nullable(),
  reviewOverdue: z.boolean(),
});
export type Document = z.infer<typeof DocumentSchema>;

/** One version of a document; approved and superseded versions are frozen. */
export const DocumentVersionSchema = TenantEntitySchema.extend({
  documentId: z.string(),
  number: z.number().int().min(1),
  status: DocumentVersionStatusSchema,
  content: z.string(),
  contentHash: z.string(),
  changeNote: z.string(),
  authoredBy: z.string().nullable(),
  ...byAtFields('submitted'),
  ...byAtFields('approved'),
  ...byAtFields('rejected'),
  rejectionNote: z.string(),
  supersededAt: z.string().datetime().nullable(),
});
export type DocumentVersion = z.infer<typeof DocumentVersionSchema>;

/** A member's acknowledgement that they read an approved version (§7.3 awareness of the AI policy). */
export const DocumentAcknowledgementSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  versionId: z.string(),
  versionNumber: z.number().int(),
  userId: z.string(),
  userName: z.string().nullable(),
  userEmail: z.string().nullable(),
  acknowledgedAt: z.string().datetime(),
});
export type DocumentAcknowledgement = z.infer<typeof DocumentAcknowledgementSchema>;

const editable = {
  title: nameString(300),
  type: DocumentTypeSchema,
  description: z.string().max(5000),
  ownerId: z.string().max(64).nullable(),
  mandatoryKey: MandatoryKeySchema.nullable(),
  requirementRefs: z.array(RequirementRefSchema).max(50),
  reviewIntervalMonths: ReviewIntervalSchema,
};

/**
 * A new document; `content` (optional) becomes its first draft version. Without `ownerId` the creating member owns
 * it; `null` leaves it without an owner.
 */
export const CreateDocumentSchema = z
  .object({
    ...editable,
    description: editable.description.default(''),
    ownerId: editable.ownerId.optional(),
    mandatoryKey: editable.mandatoryKey.default(null),
    requirementRefs: editable.requirementRefs.default([]),
    reviewIntervalMonths: editable.reviewIntervalMonths.default(12),
    content: MarkdownSchema.optional(),
  })
  .strict();
export type CreateDocumentInput = z.input<typeof CreateDocumentSchema>;

export const UpdateDocumentSchema = patchSchema(editable);
export type UpdateDocumentInput = z.input<typeof UpdateDocumentSchema>;

/** A new draft version. */
export const CreateDocumentVersionSchema = z
  .object({ content: MarkdownSchema, changeNote: z.string().max(2000).default('') })
  .strict();
export type CreateDocumentVersionInput = z.input<typeof CreateDocumentVersionSchema>;

/** Changes to a draft version. */
export const UpdateDocumentVersionSchema = patchSchema({
  content: MarkdownSchema,
  changeNote: z.string().max(2000),
});
export type UpdateDocumentVersionInput = z.input<typeof UpdateDocumentVersionSchema>;

/** Sending a version back to its author, with the reason. */
export const RejectDocumentVersionSchema = z
  .object({ note: z.string().trim().min(1, 'say why').max(2000) })
  .strict();

export const DocumentFilterSchema = z.object({
  type: DocumentTypeSchema.optional(),
  status: DocumentStatusSchema.optional(),
  mandatoryKey: MandatoryKeySchema.optional(),
  reviewOverdue: z.enum(['true', 'false']).optional(),
});
export type DocumentFilter = z.infer<typeof DocumentFilterSchema>;

/** Sortable fields of the list. */
export const DOCUMENT_SORTS = ['title', 'createdAt', 'updatedAt'] as const;
