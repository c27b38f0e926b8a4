import { z } from 'zod';
import { withDefaults } from './entity.ts';

/**
 * The body of a create (`POST`): the editable fields with some of them defaulted, and unknown fields refused. The
 * PATCH takes the same fields without defaults (`patchSchema(fields)`).
 */
export function createBodySchema<
  S extends Record<string, z.ZodType>,
  D extends { [K in keyof S]?: z.output<S[K]> },
>(fields: S, defaults: D) {
  return z.object(withDefaults(fields, defaults)).strict();
}
