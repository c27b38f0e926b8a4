// Inventory permissions follow one naming rule, `<kind>:<action>`, so each record kind derives its set from its name.
import type { Permission } from '@openaims/core';
import type { RecordSpec } from './inventory-record.service.ts';

type RecordKind = RecordSpec<never, never, never>['entityType'];

/** The read, create, update and archive permissions of one inventory record kind. */
export function recordPerms(kind: RecordKind): RecordSpec<never, never, never>['perms'] {
  const perm = <A extends 'read' | 'create' | 'update' | 'archive'>(action: A) =>
    `${kind}:${action}` satisfies Permission;
  return { read: perm('read'), create: perm('create'), update: perm('update'), archive: perm('archive') };
}
