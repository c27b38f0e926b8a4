// The catalogue contract (DESIGN §4): frameworks, their requirements and typed mappings between them.
import { z } from 'zod';

/** Frameworks the platform ships (DESIGN §4 names these ids). */
export const FRAMEWORK_IDS = [
  'iso-iec-42001-2023',
  'eu-ai-act-2024',
  'nist-ai-rmf-1.0',
  'iso-iec-27001-2022',
] as const;
export const FrameworkIdSchema = z.enum(FRAMEWORK_IDS);
export type FrameworkId = z.infer<typeof FrameworkIdSchema>;

/** What a requirement is: a clause (or article), an objective (or area, function, category) or a control. */
export const REQUIREMENT_KINDS = ['clause', 'objective', 'control'] as const;
export const RequirementKindSchema = z.enum(REQUIREMENT_KINDS);
export type RequirementKind = z.infer<typeof RequirementKindSchema>;

/** One requirement: the official reference and short title, and our own one-line summary (never ISO text). */
export const RequirementSchema = z.object({
  ref: z.string(),
  title: z.string(),
  kind: RequirementKindSchema,
  parentRef: z.string().nullable(),
  summary: z.string(),
});
export type Requirement = z.infer<typeof RequirementSchema>;

/** A framework and the version of our catalogue data for it. */
export const FrameworkSchema = z.object({
  id: FrameworkIdSchema,
  title: z.string(),
  publisher: z.string(),
  published: z.string(),
  catalogVersion: z.string(),
  requirementCount: z.number().int(),
  note: z.string(),
});
export type Framework = z.infer<typeof FrameworkSchema>;

/** Set relation of the source requirement to the target (OSCAL mapping / NIST IR 8477 vocabulary). */
export const MAPPING_RELATIONS = ['equal', 'subset', 'superset', 'intersect'] as const;
export const MappingRelationSchema = z.enum(MAPPING_RELATIONS);
export type MappingRelation = z.infer<typeof MappingRelationSchema>;

export const MAPPING_CONFIDENCES = ['high', 'medium', 'low'] as const;
export const MappingConfidenceSchema = z.enum(MAPPING_CONFIDENCES);
export type MappingConfidence = z.infer<typeof MappingConfidenceSchema>;

/** Where a mapping comes from: the Harmonized Structure, the NIST-hosted Microsoft crosswalk, or our own analysis. */
export const MAPPING_SOURCES = [
  'iso-harmonized-structure',
  'nist-airc-ms-crosswalk',
  'openaims-analysis',
] as const;
export const MappingSourceSchema = z.enum(MAPPING_SOURCES);
export type MappingSource = z.infer<typeof MappingSourceSchema>;

/** A typed link from a requirement of one framework to a requirement of another. */
export const MappingSchema = z.object({
  fromFramework: FrameworkIdSchema,
  fromRef: z.string(),
  toFramework: FrameworkIdSchema,
  toRef: z.string(),
  relation: MappingRelationSchema,
  confidence: MappingConfidenceSchema,
  source: MappingSourceSchema,
});
export type Mapping = z.infer<typeof MappingSchema>;

/** `?kind=&parentRef=` of the requirements list (plus the shared `limit`, `cursor`, `q`). */
export const RequirementFilterSchema = z.object({
  kind: RequirementKindSchema.optional(),
  parentRef: z.string().max(40).optional(),
});

/** `?from=&to=` of the mappings list; both optional, either direction is served. */
export const MappingQuerySchema = z.object({
  from: FrameworkIdSchema.optional(),
  to: FrameworkIdSchema.optional(),
  ref: z.string().max(40).optional(),
});
