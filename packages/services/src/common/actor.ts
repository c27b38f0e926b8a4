// Who a record names as having done something: the person behind the call (a token's creator for a token).
import type { OrgContext } from '../context.ts';

/** The user id recorded as author or decider (`createdBy`, `approvedBy` …); null for the system. */
export function actorId(ctx: OrgContext): string | null {
  return ctx.actor.userId ?? ctx.actor.id ?? null;
}
