// Fixtures for the generated route tests: two organizations, a token per role, and one entity per resource kind.
import { newId, ROLES, type Role } from '@openaims/core';
import { type Database, tables } from '@openaims/db';
import {
  type BlobStore,
  createAiSystem,
  createAudit,
  createAuditProgramme,
  createComment,
  createCompetence,
  createContextItem,
  createCorrectiveAction,
  createDataset,
  createDocument,
  createFinding,
  createImpactAssessment,
  createIncident,
  createInvitation,
  createManagementReview,
  createMetric,
  createModel,
  createNonconformity,
  createObjective,
  createRisk,
  createSupplier,
  createTask,
  createWebhook,
  generateChecklist,
  importAiid,
  insertToken,
  listChecklist,
  type OrgContext,
  recordMeasurements,
  submitSoa,
  uploadEvidence,
} from '@openaims/services';
import { samplePdf } from '@openaims/services/testing/evidence-samples';
import { addMember, buildOrg, buildToken } from '@openaims/services/testing/factories';

/** Creates one entity of a resource kind in an organization and returns its id (`app` gives the evidence store). */
export type FixtureFactory = (
  database: Database,
  orgId: string,
  app?: { blobs: BlobStore },
) => Promise<string>;

/** The organization's owner, acting as the system, for fixtures built through the services. */
const ownerCtx = (d: Database, orgId: string): OrgContext => ({
  db: d.db,
  orgId,
  role: 'owner',
  actor: system,
});

/** A fixture made by one service call with a fixed input. */
const made =
  <I>(create: (ctx: OrgContext, input: I) => Promise<{ id: string }>, input: I): FixtureFactory =>
  async (d, orgId) =>
    (await create(ownerCtx(d, orgId), input)).id;

const system = { type: 'system' as const, id: null };

/** A factory for every `resource` a route's `{id}` may name. A route whose resource is missing here fails the matrix. */
const lastFixtureAudit = new Map<string, string>();

export const FIXTURES: Record<string, FixtureFactory> = {
  // Inserted directly: the public submission is rate-limited per address, and the matrix makes many.
  concern: async (d, orgId) => {
    const id = newId('concern');
    const at = new Date();
    await d.db.insert(tables.concerns).values({
      id,
      organizationId: orgId,
      kind: 'concern',
      title: 'Fixture concern',
      description: 'Fixture',
      followUpHash: newId('concern'),
      createdAt: at,
      updatedAt: at,
    });
    return id;
  },
  webhook: made(createWebhook, { url: 'https://example.com/hook', events: ['risk.accepted'] }),
  notification: async (d, orgId) => {
    const id = newId('notification');
    await d.db.insert(tables.notifications).values({
      id,
      organizationId: orgId,
      userId: newId('user'),
      event: 'reminder.due',
      title: 'Fixture notification',
      createdAt: new Date(),
    });
    return id;
  },
  ai_system: made(createAiSystem, { name: 'Fixture system', purpose: 'fixture' }),
  model: made(createModel, { name: 'Fixture model' }),
  dataset: made(createDataset, { name: 'Fixture dataset' }),
  supplier: made(createSupplier, { name: 'Fixture supplier' }),
  member: async (d, orgId) => (await addMember(d.db, orgId, 'viewer')).memberId,
  invitation: async (d, orgId) =>
    (
      await createInvitation(
        ownerCtx(d, orgId),
        { email: `${newId('user')}@example.test`, role: 'viewer' },
        'http://x',
      )
    ).id,
  soa_version: made(submitSoa, {}),
  impact_assessment: async (d, orgId) => {
    const ctx = ownerCtx(d, orgId);
    const sys = await createAiSystem(ctx, { name: 'Assessed system', purpose: 'fixture' });
    return (await createImpactAssessment(ctx, { aiSystemId: sys.id, title: 'Fixture assessment' })).id;
  },
  comment: async (d, orgId) => {
    const ctx = ownerCtx(d, orgId);
    const risk = await createRisk(ctx, { title: 'Asked-about risk', likelihood: 2, consequence: 2 });
    return (await createComment(ctx, { targetType: 'risk', targetId: risk.id, body: 'Fixture question' })).id;
  },
  risk: made(createRisk, { title: 'Fixture risk', likelihood: 2, consequence: 2 }),
  context_item: made(createContextItem, { kind: 'external_issue', title: 'Fixture issue' }),
  external_lesson: async (d, orgId) =>
    (await importAiid(ownerCtx(d, orgId), 'Incident ID,Date,Summary\n1,5/19/2015,Fixture incident.\n'))
      .items[0]!.id!,
  objective: made(createObjective, {
    title: 'Fixture objective',
    kpis: [{ name: 'Accuracy', direction: 'increase', target: 90 }],
  }),
  competence: made(createCompetence, { role: 'Engineer', title: 'Fixture competence' }),
  task: made(createTask, { title: 'Fixture task' }),
  nonconformity: made(createNonconformity, {
    title: 'Fixture NC',
    source: 'other',
    severity: 'minor',
    detectedOn: '2026-01-01',
  }),
  corrective_action: async (d, orgId) => {
    const ctx = ownerCtx(d, orgId);
    const nc = await createNonconformity(ctx, {
      title: 'Fixture NC',
      source: 'other',
      severity: 'minor',
      detectedOn: '2026-01-01',
    });
    return (await createCorrectiveAction(ctx, { nonconformityId: nc.id, description: 'Fixture action' })).id;
  },
  incident: made(createIncident, {
    title: 'Fixture incident',
    occurredAt: '2026-01-01',
    awareOn: '2026-01-01',
    severity: 'low',
  }),
  // A document with draft version 1, so `{versionId}` routes (sampled as "1") find a version.
  document: made(createDocument, { title: 'Fixture document', type: 'policy', content: '# Fixture' }),
  evidence: async (d, orgId, app) => {
    if (!app) throw new Error('the evidence fixture needs the test app (its blob store)');
    const file = {
      bytes: samplePdf('Fixture evidence'),
      fileName: 'fixture.pdf',
      mediaType: 'application/pdf',
    };
    return (
      await uploadEvidence(ownerCtx(d, orgId), app.blobs, file, {
        evidenceDate: '2026-01-01',
      })
    ).id;
  },
  management_review: made(createManagementReview, { title: 'Fixture review', plannedDate: '2026-12-01' }),
  audit_programme: made(createAuditProgramme, { title: 'Fixture programme', startYear: 2026 }),
  audit: async (d, orgId) => {
    const id = (
      await createAudit(ownerCtx(d, orgId), { title: 'Fixture audit', scope: { clauses: ['9.2'] } })
    ).id;
    lastFixtureAudit.set(orgId, id);
    return id;
  },
  // A checklist item of the organization's latest fixture audit when it can have one, so a body naming both an
  // audit and one of its items (a finding) holds together; otherwise of a fresh audit.
  audit_checklist_item: async (d, orgId) => {
    const ctx = ownerCtx(d, orgId);
    const last = lastFixtureAudit.get(orgId);
    if (last) {
      const existing = (await listChecklist(ctx, last)).items[0];
      if (existing) return existing.id;
      const drawn = await generateChecklist(ctx, last, { seed: 1 }).catch(() => undefined);
      if (drawn?.items[0]) return drawn.items[0].id;
    }
    const audit = await createAudit(ctx, { title: 'Fixture audit', scope: { clauses: ['9.2'] } });
    return (await generateChecklist(ctx, audit.id, { seed: 1 })).items[0]!.id;
  },
  finding: async (d, orgId) => {
    const ctx = ownerCtx(d, orgId);
    const audit = await createAudit(ctx, { title: 'Fixture audit', scope: { clauses: ['9.2'] } });
    return (await createFinding(ctx, { auditId: audit.id, kind: 'minor_nc', title: 'Fixture finding' })).id;
  },
  token: async (d, orgId) => (await insertToken(d.db, orgId, { name: 'fixture', role: 'viewer' }, system)).id,
  metric: made(createMetric, { name: 'Fixture metric', direction: 'lower_is_better', breachThreshold: 10 }),
  alert: async (d, orgId) => {
    const ctx = ownerCtx(d, orgId);
    const m = await createMetric(ctx, {
      name: 'Alerting metric',
      direction: 'lower_is_better',
      breachThreshold: 10,
    });
    const r = await recordMeasurements(ctx, m.id, {
      items: [{ id: 'fixture-1', at: '2026-11-01T00:00:00Z', value: 50 }],
    });
    return r.alerts[0]!.id;
  },
};

/**
 * Sample values for path parameters that name something other than a stored entity (a catalogue framework, an
 * Annex A control, a clause, an export). The generated tests fill every such `{param}` from here.
 */
export const PATH_SAMPLES: Record<string, string> = {
  frameworkId: 'iso-iec-42001-2023',
  controlRef: 'A.6.2.4',
  clauseRef: '6.1.3',
  name: 'soa.csv',
  versionId: '1',
  followUpCode: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
};

/** Replaces every `{param}` found in PATH_SAMPLES. */
export function fillSamples(path: string): string {
  return path.replace(/\{(\w+)\}/g, (m, name: string) => PATH_SAMPLES[name] ?? m);
}

/** Two organizations with an API token for every role in the first, and an owner token in the second. */
export async function twoOrgs(database: Database) {
  const a = await buildOrg(database.db, { name: 'Org A' });
  const b = await buildOrg(database.db, { name: 'Org B' });
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) tokens[role] = await buildToken(database.db, a.org.id, role);
  const ownerB = await buildToken(database.db, b.org.id, 'owner');
  return { a, b, tokens, ownerB };
}
