// The access log (issue 11 item 3): every read by an external auditor, for the organization to review and export.
import { z } from 'zod';
import { ListQuerySchema } from '../common/pagination.ts';

/** One recorded read. `actorId` is the user or API token; `userId` the person behind it. */
export const AccessLogEntrySchema = z.object({
  id: z.string(),
  at: z.string().datetime(),
  actorType: z.enum(['user', 'token']),
  actorId: z.string(),
  userId: z.string().nullable(),
  role: z.string(),
  method: z.string(),
  path: z.string(),
  status: z.number().int(),
});
export type AccessLogEntry = z.infer<typeof AccessLogEntrySchema>;

/** `GET …/access-log`: newest first, optionally one person's reads. */
export const AccessLogQuerySchema = ListQuerySchema.pick({ limit: true, cursor: true }).extend({
  userId: z.string().max(64).optional(),
});
export type AccessLogQuery = z.infer<typeof AccessLogQuerySchema>;

/** Whose reads are logged: external auditors (DESIGN §5 role `auditor`). */
export function isLoggedRead(role: string, method: string): boolean {
  return role === 'auditor' && (method === 'GET' || method === 'HEAD');
}
