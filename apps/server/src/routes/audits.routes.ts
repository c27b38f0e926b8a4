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
  importOscalAssessmentResults,
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
import { errorResponses, json, OrgParams } from '../http/openapi-helpers.ts';
import { resourceRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['audits'];
const org = '/api/v1/orgs/{orgId}';

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
  const audit = resourceRoutes(route, {
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
  audit({
    method: 'get',
    verb: 'checklist',
    permission: 'audit:read',
    summary: 'The checklist of an audit, in order',
    response: z.object({ items: z.array(ChecklistItemSchema) }),
    run: listChecklist,
  });
  audit({
    method: 'post',
    verb: 'checklist',
    permission: 'finding:write',
    summary:
      'Draw the checklist from the clauses and applicable controls in scope and a seeded sample of AI systems',
    input: { body: GenerateChecklistSchema, optional: true },
    response: z.object({ audit: AuditSchema, items: z.array(ChecklistItemSchema) }),
    run: generateChecklist,
  });
  audit({
    method: 'post',
    verb: 'start',
    permission: 'finding:write',
    summary: 'Start a planned audit (draws the checklist when it has none)',
    response: AuditSchema,
    run: startAudit,
  });
  audit({
    method: 'post',
    verb: 'complete',
    permission: 'finding:write',
    summary: 'Complete an audit; refused (422) while a checklist item has no result',
    input: { body: CompleteAuditSchema, optional: true },
    response: AuditSchema,
    run: completeAudit,
  });
  audit({
    method: 'post',
    verb: 'cancel',
    permission: 'audit:plan',
    summary: 'Cancel a planned or running audit (kept on record)',
    response: AuditSchema,
    run: cancelAudit,
  });
  resourceRoutes(route, {
    path: 'audit-checklist-items',
    resource: 'audit_checklist_item',
    label: 'checklist item',
    tags,
    entity: ChecklistItemSchema,
    update: {
      permission: 'finding:write',
      summary: 'Record a checklist item’s result, notes and evidence (send If-Match)',
      body: UpdateChecklistItemSchema,
      run: updateChecklistItem,
    },
  });
  const finding = resourceRoutes(route, {
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
  finding({
    method: 'post',
    verb: 'nonconformity',
    permission: 'nonconformity:create',
    summary: 'Raise a nonconformity (§10.2) from a major or minor finding; answers the nonconformity',
    input: { body: RaiseNonconformitySchema, optional: true },
    response: NonconformitySchema,
    status: 201,
    createdIn: () => 'nonconformities',
    run: raiseNonconformity,
  });
  const ImportLineSchema = z.object({
    externalId: z.string(),
    kind: z.enum(['major_nc', 'minor_nc', 'observation', 'opportunity']),
    title: z.string(),
    requirementRefs: z.array(z.string()),
    outcome: z.enum(['created', 'existing']),
    id: z.string().nullable(),
  });
  route(
    { scope: 'org', permission: 'audit:plan' },
    createRoute({
      method: 'post',
      path: `${org}/imports/oscal-assessment-results`,
      tags: ['imports', ...tags],
      summary:
        'Turn an outside assessment’s OSCAL results (findings, observations) into audit findings; ?dryRun=true previews',
      request: {
        params: OrgParams,
        query: z.object({
          dryRun: z.enum(['true', 'false']).default('false'),
          auditId: z.string().max(64).optional(),
        }),
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z.object({ 'assessment-results': z.object({}).passthrough() }).passthrough(),
            },
          },
        },
      },
      responses: {
        200: json(
          z.object({
            dryRun: z.boolean(),
            source: z.string(),
            sha256: z.string(),
            auditId: z.string().nullable(),
            auditCreated: z.boolean(),
            findings: z.array(ImportLineSchema),
            created: z.number().int(),
            existing: z.number().int(),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      // The raw bytes (not the re-serialized JSON) so the recorded SHA-256 is the uploaded file's.
      const raw = await c.req.text();
      return c.json(
        await importOscalAssessmentResults(c.get('org'), raw, {
          dryRun: q.dryRun === 'true',
          auditId: q.auditId,
        }),
        200,
      );
    },
  );
}
