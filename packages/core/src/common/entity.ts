import { z } from 'zod';

/** Fields every stored entity carries (DESIGN §4). */
export const EntityBaseSchema = z.object({
  id: z.string(),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
  version: z.number().int().min(1),
});

/** A required, trimmed, non-empty line of text. */
export const nameString = (max = 200) => z.string().trim().min(1, 'required').max(max);
/** Optional longer text; empty strings are stored as empty. */
export const textString = (max = 20_000) => z.string().max(max);

/** Fields of an entity that belongs to one organization (every tenant record the API returns). */
export const TenantEntitySchema = EntityBaseSchema.extend({
  organizationId: z.string(),
});

/**
 * A PATCH body: any subset of `shape`, nothing else, and at least one field. Fields with defaults should be given
 * without them: zod applies defaults inside partial(), which would reset omitted fields.
 */
export function patchSchema<S extends z.ZodRawShape>(shape: S, what = 'field') {
  return z
    .object(shape)
    .partial()
    .strict()
    .refine((v) => Object.keys(v).length > 0, `send at least one ${what} to change`);
}

/**
 * The editable fields of an entity with some of them defaulted: the body of a create, while the PATCH takes the
 * same fields as they are (`patchSchema(fields)`), so each field's rule is written once.
 */
export function withDefaults<
  S extends Record<string, z.ZodType>,
  D extends { [K in keyof S]?: z.output<S[K]> },
>(fields: S, defaults: D) {
  const out: Record<string, z.ZodType> = { ...fields };
  for (const [key, value] of Object.entries(defaults)) out[key] = fields[key]!.default(value);
  return out as { [K in keyof S]: K extends keyof D ? z.ZodDefault<S[K]> : S[K] };
}
