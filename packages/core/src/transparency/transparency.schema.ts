// Transparency records per AI system (A.6.2.7, A.8.2, A.8.5; EU AI Act Art. 13, Art. 50): what users, operators and
// authorities are told, the organization's reporting duties, and which of it the organization publishes.
import { z } from 'zod';
import { TenantEntitySchema, textString } from '../common/entity.ts';
import { updateBodySchema } from '../common/update-body.ts';

/**
 * The fields of a transparency record. The first six speak to users (A.8.2), the three notes to each audience of
 * the technical documentation (A.6.2.7), and `reportingDuties` lists what the organization must report (A.8.5).
 */
export const TRANSPARENCY_FIELDS = [
  'purpose',
  'capabilities',
  'limitations',
  'humanOversight',
  'contest',
  'aiDisclosure',
  'userNotes',
  'operatorNotes',
  'authorityNotes',
  'reportingDuties',
] as const;
export const TransparencyFieldSchema = z.enum(TRANSPARENCY_FIELDS);
export type TransparencyField = z.infer<typeof TransparencyFieldSchema>;

/** Human labels for the fields. */
export const TRANSPARENCY_FIELD_LABEL: Record<TransparencyField, string> = {
  purpose: 'Intended purpose',
  capabilities: 'What it can do',
  limitations: 'Limits and known failure modes',
  humanOversight: 'Human oversight',
  contest: 'How to contest a result or reach a person',
  aiDisclosure: 'AI interaction notice',
  userNotes: 'Technical notes for users',
  operatorNotes: 'Technical notes for operators',
  authorityNotes: 'Technical notes for authorities',
  reportingDuties: 'Reporting duties',
};

const fieldShape = Object.fromEntries(TRANSPARENCY_FIELDS.map((f) => [f, z.string()])) as Record<
  TransparencyField,
  z.ZodString
>;

/** A transparency record of one AI system, versioned like a controlled document. */
export const TransparencyRecordSchema = TenantEntitySchema.extend({
  aiSystemId: z.string(),
  ...fieldShape,
  /** Whether the public page answers at all; unpublished → 404 to the world. */
  published: z.boolean(),
  /** The fields shown on the public page when published; the others stay internal. */
  publicFields: z.array(TransparencyFieldSchema),
  publishedAt: z.string().datetime().nullable(),
});
export type TransparencyRecord = z.infer<typeof TransparencyRecordSchema>;

const editShape = Object.fromEntries(TRANSPARENCY_FIELDS.map((f) => [f, textString(10_000)])) as Record<
  TransparencyField,
  z.ZodString
>;

/** `PUT …/transparency`: every field optional; what is omitted stays as it is. */
export const UpdateTransparencySchema = updateBodySchema({
  ...editShape,
  published: z.boolean(),
  publicFields: z.array(TransparencyFieldSchema).max(TRANSPARENCY_FIELDS.length),
});
export type UpdateTransparencyInput = z.input<typeof UpdateTransparencySchema>;

/** One published field of the public page, with its label so a reader needs nothing else. */
export const PublicTransparencySectionSchema = z.object({
  field: TransparencyFieldSchema,
  label: z.string(),
  text: z.string(),
});

/** The public transparency page: no ids, no members, only the published non-empty fields. */
export const PublicTransparencySchema = z.object({
  organizationName: z.string(),
  systemName: z.string(),
  sections: z.array(PublicTransparencySectionSchema),
  version: z.number().int(),
  updatedAt: z.string().datetime(),
});
export type PublicTransparency = z.infer<typeof PublicTransparencySchema>;
