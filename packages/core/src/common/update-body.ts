import { z } from 'zod';

/**
 * The body of an update (`PATCH`): any subset of the editable fields and nothing else. It takes the fields without
 * their defaults, never `Create….partial()`: zod 4 still applies defaults inside partial(), which would reset every
 * omitted field. An empty body is accepted (a no-op); `patchSchema` is the variant that refuses it.
 */
export function updateBodySchema<S extends z.ZodRawShape>(fields: S) {
  return z.object(fields).partial().strict();
}
