// Guided set-up (issue 16): each step's state, read from the records, and the choices about the guide itself.
import { OrgSetupSchema, UpdateOrgSetupSchema } from '@openaims/core';
import { getOrgSetup, updateOrgSetup } from '@openaims/services';
import { singletonRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

export function orgSetupRoutes(route: RouteFn): void {
  singletonRoutes(route, {
    path: '/setup',
    tags: ['setup'],
    entity: OrgSetupSchema,
    get: {
      permission: 'setup:read',
      summary: 'The guided set-up: each step done, skipped or to do, and where the guide resumes',
      run: getOrgSetup,
    },
    update: {
      permission: 'setup:update',
      summary: 'Skip or reopen a set-up step, finish the guide, put it away or bring it back',
      body: UpdateOrgSetupSchema,
      run: updateOrgSetup,
    },
  });
}
