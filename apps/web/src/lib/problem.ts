// The RFC 9457 problem document the server sends on every error (DESIGN §4).
import { z } from 'zod';

export const ProblemSchema = z.object({
  type: z.string().default('about:blank'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().default(''),
  code: z.string().default('UNKNOWN'),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;
