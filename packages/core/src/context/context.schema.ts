// Context of the organization (§4.1, §4.2): internal and external issues, interested parties with their
// requirements and which of them the AIMS addresses, and the roles the organization holds toward AI systems.
import { z } from 'zod';
import { CalendarDateSchema } from '../common/dates.ts';
import { nameString, TenantEntitySchema, textString, withDefaults } from '../common/entity.ts';
import { ListQuerySchema } from '../common/pagination.ts';
import { updateBodySchema } from '../common/update-body.ts';
import { IsoAiRoleSchema, OperatorRoleSchema } from '../eu-ai-act/eu-ai-act.terms.ts';

/** §4.1 issues are internal or external; §4.2 interested parties have requirements. */
export const CONTEXT_KINDS = ['internal_issue', 'external_issue', 'interested_party'] as const;
export const ContextKindSchema = z.enum(CONTEXT_KINDS);
export type ContextKind = z.infer<typeof ContextKindSchema>;

/** Where an issue or a party's concern comes from; a prompt for completeness, not a taxonomy the standard fixes. */
export const CONTEXT_CATEGORIES = [
  'legal_regulatory',
  'contractual',
  'ethical',
  'societal',
  'technological',
  'economic',
  'organizational',
  'environmental',
  'other',
] as const;
export const ContextCategorySchema = z.enum(CONTEXT_CATEGORIES);

/** How an issue bears on the AIMS's intended outcomes. */
export const CONTEXT_EFFECTS = ['opportunity', 'threat', 'neutral'] as const;
export const ContextEffectSchema = z.enum(CONTEXT_EFFECTS);

const isoDate = CalendarDateSchema;

/** A requirement of an interested party, and whether the AIMS will address it (§4.2 c). */
export const PartyRequirementSchema = z.object({
  text: nameString(2000),
  addressedByAims: z.boolean().default(true),
  /** Why a requirement is not addressed, or how it is. */
  note: textString(2000).default(''),
});
export type PartyRequirement = z.infer<typeof PartyRequirementSchema>;

export const ContextItemSchema = TenantEntitySchema.extend({
  kind: ContextKindSchema,
  title: z.string(),
  description: z.string(),
  category: ContextCategorySchema,
  /** Issues only. */
  effect: ContextEffectSchema.nullable(),
  /** Interested parties only. */
  requirements: z.array(PartyRequirementSchema),
  ownerId: z.string().nullable(),
  reviewDate: z.string().nullable(),
  archivedAt: z.string().datetime().nullable(),
});
export type ContextItem = z.infer<typeof ContextItemSchema>;

const fields = {
  title: nameString(300),
  description: textString(10_000),
  category: ContextCategorySchema,
  effect: ContextEffectSchema.nullable(),
  requirements: z.array(PartyRequirementSchema).max(100),
  ownerId: z.string().nullable(),
  reviewDate: isoDate.nullable(),
};

export const CreateContextItemSchema = z
  .object({
    kind: ContextKindSchema,
    ...withDefaults(fields, {
      description: '',
      category: 'other',
      effect: null,
      requirements: [],
      ownerId: null,
      reviewDate: null,
    }),
  })
  .strict();
export type CreateContextItemInput = z.input<typeof CreateContextItemSchema>;

/** The kind is fixed once recorded: an issue does not become a party. */
export const UpdateContextItemSchema = updateBodySchema(fields);
export type UpdateContextItemInput = z.input<typeof UpdateContextItemSchema>;

export const CONTEXT_SORTS = ['title', 'createdAt', 'updatedAt', 'kind'] as const;

export const ContextListQuerySchema = ListQuerySchema.extend({
  /** A kind, or `issue` for internal and external issues together. */
  kind: z.enum([...CONTEXT_KINDS, 'issue']).optional(),
  category: ContextCategorySchema.optional(),
  archived: z.enum(['true', 'false', 'all']).optional(),
});

/** §4.1: the roles the organization holds toward AI systems (ISO/IEC 22989) and under the EU AI Act (Art. 3). */
export const ContextProfileSchema = z.object({
  isoRoles: z.array(IsoAiRoleSchema),
  operatorRoles: z.array(OperatorRoleSchema),
  /** How the roles were determined, and for which AI systems they differ. */
  rolesNote: z.string(),
  updatedAt: z.string().datetime().nullable(),
  version: z.number().int().min(0),
});
export type ContextProfile = z.infer<typeof ContextProfileSchema>;

export const UpdateContextProfileSchema = updateBodySchema({
  isoRoles: z.array(IsoAiRoleSchema).max(10),
  operatorRoles: z.array(OperatorRoleSchema).max(10),
  rolesNote: textString(5000),
});
export type UpdateContextProfileInput = z.input<typeof UpdateContextProfileSchema>;
