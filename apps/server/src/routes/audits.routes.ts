// Internal audit (§9.2): the audit programme, audits, their checklists and findings; a nonconformity finding
// raises a nonconformity (§10.2) in one step.
import { createRoute, z } from '@hono/zod-openapi';
import {
  AuditListQuerySchema,
  AuditProgrammeListQuerySchema,
  AuditProgrammeSchema,
  AuditSchema,
  ChecklistItemSchema,
  CompleteAuditSchema,
  CreateAuditProgrammeSchema,
  CreateAuditSchema,
  CreateFindingSchema,
  FindingListQuerySchema,
  FindingSchema,
  GenerateChecklistSchema,
  NonconformitySchema,
  RaiseNonconformitySchema,
  UpdateAuditProgrammeSchema,
  UpdateAuditSchema,
  UpdateChecklistItemSchema,
  UpdateFindingSchema,
} from '@openaims/core';
import {
  cancelAudit,
  completeAudit,
  createAudit,
  createAuditProgramme,
  createFinding,
  generateChecklist,
  getAudit,
  getAuditProgramme,
  getFinding,
  listAuditProgrammes,
  listAudits,
  listChecklist,
  listFindings,
  raiseNonconformity,
  startAudit,
  updateAudit,
  updateAuditProgramme,
  updateChecklistItem,
  updateFinding,
} from '@openaims/services';
import { errorResponses, json, OrgIdParams } from '../http/openapi-helpers.ts';
import { resourceRoutes, sendEntity } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['audits'];
const org = '/api/v1/orgs/{orgId}';
/** A JSON body that may be left out (the verb has sensible defaults). */
const optionalBody = <T extends z.ZodType>(schema: T) =>
  ({ required: false, content: { 'application/json': { schema } } }) as const;

export function auditsRoutes(route: RouteFn): void {
  resourceRoutes(route, {
    path: 'audit-programmes',
    resource: 'audit_programme',
    label: 'audit programme',
    tags,
    entity: AuditProgrammeSchema,
    list: {
      permission: 'audit:read',
      summary: 'Audit programmes, latest cycle first',
      query: AuditProgrammeListQuerySchema,
      run: listAuditProgrammes,
    },
    create: {
      permission: 'audit:plan',
      summary: 'Plan an audit programme over the certification cycle (§9.2.2)',
      body: CreateAuditProgrammeSchema,
      run: createAuditProgramme,
    },
    get: { permission: 'audit:read', run: getAuditProgramme },
    update: { permission: 'audit:plan', body: UpdateAuditProgrammeSchema, run: updateAuditProgramme },
  });
  resourceRoutes(route, {
    path: 'audits',
    resource: 'audit',
    label: 'audit',
    tags,
    entity: AuditSchema,
    list: {
      permission: 'audit:read',
      summary: 'Audits, by planned start (latest first)',
      query: AuditListQuerySchema,
      run: listAudits,
    },
    create: {
      permission: 'audit:plan',
      summary:
        'Plan an audit: scope, criteria, dates, an independent lead and team (§9.2.2; 422 on a conflict)',
      body: CreateAuditSchema,
      run: createAudit,
    },
    get: { permission: 'audit:read', run: getAudit },
    update: {
      permission: 'audit:plan',
      summary: 'Change an audit plan (send If-Match); the team is checked again for independence',
      body: UpdateAuditSchema,
      run: updateAudit,
    },
  });
  const ChecklistSchema = z.object({ items: z.array(ChecklistItemSchema) });
  route(
    { scope: 'org', permission: 'audit:read' },
    createRoute({
      method: 'get',
      path: `${org}/audits/{id}/checklist`,
      tags,
      summary: 'The checklist of an audit, in order',
      request: { params: OrgIdParams },
      responses: { 200: json(ChecklistSchema), ...errorResponses },
    }),
    async (c) => c.json(await listChecklist(c.get('org'), c.req.valid('param').id), 200),
    { resource: 'audit' },
  );
  route(
    { scope: 'org', permission: 'audit:conduct' },
    createRoute({
      method: 'post',
      path: `${org}/audits/{id}/checklist`,
      tags,
      summary:
        'Draw the checklist from the clauses and applicable controls in scope and a seeded sample of AI systems',
      request: { params: OrgIdParams, body: optionalBody(GenerateChecklistSchema) },
      responses: {
        200: json(z.object({ audit: AuditSchema, items: z.array(ChecklistItemSchema) })),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(await generateChecklist(c.get('org'), c.req.valid('param').id, c.req.valid('json') ?? {}), 200),
    { resource: 'audit' },
  );
  route(
    { scope: 'org', permission: 'audit:conduct' },
    createRoute({
      method: 'post',
      path: `${org}/audits/{id}/start`,
      tags,
      summary: 'Start a planned audit (draws the checklist when it has none)',
      request: { params: OrgIdParams },
      responses: { 200: json(AuditSchema), ...errorResponses },
    }),
    async (c) => sendEntity(c, await startAudit(c.get('org'), c.req.valid('param').id), 200),
    { resource: 'audit' },
  );
  route(
    { scope: 'org', permission: 'audit:conduct' },
    createRoute({
      method: 'post',
      path: `${org}/audits/{id}/complete`,
      tags,
      summary: 'Complete an audit; refused (422) while a checklist item has no result',
      request: { params: OrgIdParams, body: optionalBody(CompleteAuditSchema) },
      responses: { 200: json(AuditSchema), ...errorResponses },
    }),
    async (c) =>
      sendEntity(
        c,
        await completeAudit(c.get('org'), c.req.valid('param').id, c.req.valid('json') ?? {}),
        200,
      ),
    { resource: 'audit' },
  );
  route(
    { scope: 'org', permission: 'audit:plan' },
    createRoute({
      method: 'post',
      path: `${org}/audits/{id}/cancel`,
      tags,
      summary: 'Cancel a planned or running audit (kept on record)',
      request: { params: OrgIdParams },
      responses: { 200: json(AuditSchema), ...errorResponses },
    }),
    async (c) => sendEntity(c, await cancelAudit(c.get('org'), c.req.valid('param').id), 200),
    { resource: 'audit' },
  );
  resourceRoutes(route, {
    path: 'audit-checklist-items',
    resource: 'audit_checklist_item',
    label: 'checklist item',
    tags,
    entity: ChecklistItemSchema,
    update: {
      permission: 'audit:conduct',
      summary: 'Record a checklist item’s result, notes and evidence (send If-Match)',
      body: UpdateChecklistItemSchema,
      run: updateChecklistItem,
    },
  });
  resourceRoutes(route, {
    path: 'findings',
    resource: 'finding',
    label: 'finding',
    tags,
    entity: FindingSchema,
    list: {
      permission: 'finding:read',
      summary: 'Audit findings, newest first',
      query: FindingListQuerySchema,
      run: listFindings,
    },
    create: {
      permission: 'finding:write',
      summary: 'Record a finding of an audit (major_nc, minor_nc, observation, opportunity)',
      body: CreateFindingSchema,
      run: createFinding,
    },
    get: { permission: 'finding:read', run: getFinding },
    update: {
      permission: 'finding:write',
      summary: 'Change a finding (send If-Match)',
      body: UpdateFindingSchema,
      run: updateFinding,
    },
  });
  route(
    { scope: 'org', permission: 'nonconformity:create' },
    createRoute({
      method: 'post',
      path: `${org}/findings/{id}/nonconformity`,
      tags,
      summary: 'Raise a nonconformity (§10.2) from a major or minor finding; answers the nonconformity',
      request: { params: OrgIdParams, body: optionalBody(RaiseNonconformitySchema) },
      responses: { 201: json(NonconformitySchema, 'Created'), ...errorResponses },
    }),
    async (c) =>
      sendEntity(
        c,
        await raiseNonconformity(c.get('org'), c.req.valid('param').id, c.req.valid('json') ?? {}),
        201,
        'nonconformities',
      ),
    { resource: 'finding' },
  );
}
