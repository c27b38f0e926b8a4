import { z } from 'zod';

/** Largest page any collection returns (DESIGN §4: no unbounded lists). */
export const MAX_LIMIT = 500;
/** Page size when the client does not ask. */
export const DEFAULT_LIMIT = 50;

/** `?limit=&cursor=&q=&sort=` shared by every collection. `sort` is a field name, `-field` for descending. */
export const ListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT),
  cursor: z.string().max(1000).optional(),
  q: z.string().max(200).optional(),
  sort: z
    .string()
    .max(64)
    .regex(/^-?[a-zA-Z]+$/, 'sort is a field name, optionally prefixed by -')
    .optional(),
});
export type ListQuery = z.infer<typeof ListQuerySchema>;

/** A page of items and the cursor of the next page, null at the end. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Parses `sort` against the fields a collection allows; unknown fields are a validation error. */
export function parseSort<F extends string>(
  sort: string | undefined,
  allowed: readonly F[],
  fallback: { field: F; desc: boolean },
): { field: F; desc: boolean } | { error: string } {
  if (!sort) return fallback;
  const desc = sort.startsWith('-');
  const field = (desc ? sort.slice(1) : sort) as F;
  if (!allowed.includes(field))
    return { error: `sort must be one of ${allowed.join(', ')} (prefix - for descending)` };
  return { field, desc };
}
