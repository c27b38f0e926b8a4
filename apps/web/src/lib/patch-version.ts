// An edit of a versioned record: the version read goes back as `If-Match: "<version>"`, so an edit made on a
// stale copy is refused with 412 instead of overwriting someone else's change.
import type { z } from 'zod';
import { api } from './api.ts';

/** PATCH `path` (relative to /api/v1) with `body`, only if the record is still at `version`. */
export function patchVersion<S extends z.ZodType>(path: string, version: number, body: unknown, schema: S) {
  return api.patch(path, body, schema, { 'If-Match': `"${version}"` });
}
