// Who sees a reporter's identity (A.3.3: reporters are protected; only leads handle who reported).
import { can, type Role } from '../orgs/permissions.ts';

/** Whether a member of this role may see who reported a concern. */
export function canSeeReporter(role: Role): boolean {
  return can(role, 'concern:identity');
}
