// Improvement (§10.2, A.8.4, EU AI Act Art. 73): nonconformities, corrective actions and AI incidents.
import { z } from '@hono/zod-openapi';
import {
  CorrectiveActionSchema,
  CreateCorrectiveActionSchema,
  CreateIncidentSchema,
  CreateNonconformitySchema,
  EffectivenessCheckSchema,
  IncidentListQuerySchema,
  IncidentSchema,
  NonconformityListQuerySchema,
  NonconformitySchema,
  UpdateCorrectiveActionSchema,
  UpdateIncidentSchema,
  UpdateNonconformitySchema,
} from '@openaims/core';
import {
  checkCorrectiveAction,
  closeNonconformity,
  createCorrectiveAction,
  createIncident,
  createNonconformity,
  getIncident,
  getNonconformity,
  listCorrectiveActions,
  listIncidents,
  listNonconformities,
  updateCorrectiveAction,
  updateIncident,
  updateNonconformity,
} from '@openaims/services';
import { orgOperations } from '../http/org-operations.ts';
import { resourceRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['improvement'];

export function improvementRoutes(route: RouteFn): void {
  const nonconformity = resourceRoutes(route, {
    path: 'nonconformities',
    resource: 'nonconformity',
    label: 'nonconformity',
    tags,
    entity: NonconformitySchema,
    list: {
      permission: 'improvement:read',
      summary: 'Nonconformities, newest first',
      query: NonconformityListQuerySchema,
      run: listNonconformities,
    },
    create: {
      permission: 'nonconformity:create',
      summary: 'Record a nonconformity (§10.2)',
      body: CreateNonconformitySchema,
      run: createNonconformity,
    },
    get: { permission: 'improvement:read', run: getNonconformity },
    update: {
      permission: 'nonconformity:update',
      summary: 'Record the correction, root cause or other details (send If-Match)',
      body: UpdateNonconformitySchema,
      run: updateNonconformity,
    },
  });
  nonconformity({
    method: 'post',
    verb: 'close',
    permission: 'nonconformity:close',
    summary: 'Close once corrected, its cause found, its actions done and one found effective (§10.2)',
    response: NonconformitySchema,
    run: closeNonconformity,
  });
  orgOperations(
    route,
    tags,
  )({
    permission: 'improvement:read',
    method: 'get',
    path: 'corrective-actions',
    summary: 'Corrective actions of a nonconformity',
    response: z.object({ items: z.array(CorrectiveActionSchema) }),
    input: { query: z.object({ nonconformityId: z.string().min(1).max(64) }) },
    run: (ctx, query) => listCorrectiveActions(ctx, query.nonconformityId),
  });
  const correctiveAction = resourceRoutes(route, {
    path: 'corrective-actions',
    resource: 'corrective_action',
    label: 'corrective action',
    tags,
    entity: CorrectiveActionSchema,
    create: {
      permission: 'nonconformity:update',
      summary: 'Plan an action to remove the cause (§10.2 c)',
      body: CreateCorrectiveActionSchema,
      run: createCorrectiveAction,
    },
    update: {
      permission: 'nonconformity:update',
      summary: 'Change or complete a corrective action (send If-Match)',
      body: UpdateCorrectiveActionSchema,
      run: updateCorrectiveAction,
    },
  });
  correctiveAction({
    method: 'post',
    verb: 'effectiveness',
    permission: 'nonconformity:close',
    summary: 'Record whether a done action removed the cause (§10.2 d)',
    input: { body: EffectivenessCheckSchema },
    response: CorrectiveActionSchema,
    run: checkCorrectiveAction,
  });
  resourceRoutes(route, {
    path: 'incidents',
    resource: 'incident',
    label: 'AI incident',
    tags,
    entity: IncidentSchema,
    list: {
      permission: 'improvement:read',
      summary: 'AI incidents, newest first; serious=true for those under the Art. 73 clock',
      query: IncidentListQuerySchema,
      run: listIncidents,
    },
    create: {
      permission: 'incident:create',
      summary: 'Record an AI incident (the server decides seriousness and the reporting deadline)',
      body: CreateIncidentSchema,
      run: createIncident,
    },
    get: { permission: 'improvement:read', run: getIncident },
    update: {
      permission: 'incident:update',
      summary: 'Change an incident, record its report or link its nonconformity (send If-Match)',
      body: UpdateIncidentSchema,
      run: updateIncident,
    },
  });
}
