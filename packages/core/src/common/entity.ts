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
