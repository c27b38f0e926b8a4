// The roles a person may hand out, as options of a role picker: nobody grants a role above their own.
import { canGrantRole, ROLES, type Role } from '@openaims/core';
import { roleLabel } from './format.ts';

/** Every role `myRole` may grant, labelled for a Select. */
export function grantableRoleOptions(myRole: Role): { value: Role; label: string }[] {
  return ROLES.filter((r) => canGrantRole(myRole, r)).map((r) => ({ value: r, label: roleLabel(r) }));
}
