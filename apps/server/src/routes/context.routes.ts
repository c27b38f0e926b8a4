// Context of the organization (§4.1, §4.2): the issues and interested-parties register and the AI roles profile.
import {
  ContextItemSchema,
  ContextListQuerySchema,
  ContextProfileSchema,
  CreateContextItemSchema,
  UpdateContextItemSchema,
  UpdateContextProfileSchema,
} from '@openaims/core';
import {
  archiveContextItem,
  createContextItem,
  getContextItem,
  getContextProfile,
  listContextItems,
  updateContextItem,
  updateContextProfile,
} from '@openaims/services';
import { resourceRoutes, singletonRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['context'];

export function contextRoutes(route: RouteFn): void {
  resourceRoutes(route, {
    path: 'context',
    resource: 'context_item',
    label: 'issue or interested party',
    tags,
    entity: ContextItemSchema,
    list: {
      permission: 'context:read',
      summary: 'Internal and external issues and interested parties (§4.1, §4.2)',
      query: ContextListQuerySchema,
      run: listContextItems,
    },
    create: {
      permission: 'context:update',
      summary: 'Record an issue or an interested party with its requirements',
      body: CreateContextItemSchema,
      run: createContextItem,
    },
    get: { permission: 'context:read', run: getContextItem },
    update: { permission: 'context:update', body: UpdateContextItemSchema, run: updateContextItem },
    archive: { permission: 'context:update', run: archiveContextItem },
  });

  singletonRoutes(route, {
    path: '/context-profile',
    tags,
    entity: ContextProfileSchema,
    get: {
      permission: 'context:read',
      summary: 'The roles the organization holds toward AI systems (ISO/IEC 22989, EU AI Act Art. 3)',
      run: getContextProfile,
    },
    update: {
      permission: 'context:update',
      summary: 'Set the organization’s AI roles (send If-Match to guard against lost updates)',
      body: UpdateContextProfileSchema,
      run: updateContextProfile,
    },
  });
}
