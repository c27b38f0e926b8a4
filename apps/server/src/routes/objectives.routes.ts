// AI objectives (§6.2) with KPIs, and their measurements (§9.1).
import { z } from '@hono/zod-openapi';
import {
  CreateMeasurementSchema,
  CreateObjectiveSchema,
  MeasurementSchema,
  ObjectiveListQuerySchema,
  ObjectiveSchema,
  UpdateObjectiveSchema,
} from '@openaims/core';
import {
  addMeasurement,
  archiveObjective,
  createObjective,
  getObjective,
  listMeasurements,
  listObjectives,
  updateObjective,
} from '@openaims/services';
import { resourceRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['objectives'];

export function objectivesRoutes(route: RouteFn): void {
  const objective = resourceRoutes(route, {
    path: 'objectives',
    resource: 'objective',
    label: 'AI objective',
    tags,
    entity: ObjectiveSchema,
    list: {
      permission: 'objective:read',
      summary: 'AI objectives with each KPI’s latest measurement and status',
      query: ObjectiveListQuerySchema,
      run: listObjectives,
    },
    create: {
      permission: 'objective:update',
      summary: 'Set an AI objective with its KPIs (an active one needs KPIs and an owner)',
      body: CreateObjectiveSchema,
      run: createObjective,
    },
    get: { permission: 'objective:read', run: getObjective },
    update: {
      permission: 'objective:update',
      summary: 'Change an objective or its KPIs (send If-Match to guard against lost updates)',
      body: UpdateObjectiveSchema,
      run: updateObjective,
    },
    archive: {
      permission: 'objective:update',
      summary: 'Archive an objective (kept on record with its measurements)',
      run: archiveObjective,
    },
  });

  objective({
    method: 'get',
    verb: 'measurements',
    permission: 'objective:read',
    summary: 'Measurements of the objective’s KPIs, newest first',
    input: { query: z.object({ kpiId: z.string().max(64).optional() }) },
    response: z.object({ items: z.array(MeasurementSchema) }),
    run: (ctx, id, query) => listMeasurements(ctx, id, query.kpiId),
  });
  objective({
    method: 'post',
    verb: 'measurements',
    permission: 'measurement:create',
    summary: 'Record a KPI measurement (measurements are only ever added)',
    status: 201,
    input: { body: CreateMeasurementSchema },
    response: MeasurementSchema,
    run: addMeasurement,
  });
}
