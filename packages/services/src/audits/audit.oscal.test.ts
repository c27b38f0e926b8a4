// The OSCAL assessment set of an audit against the official 1.1.3 schemas, the audit report PDF, and the import
// of outside assessment results (shared test data; skipped with a message when absent).
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiSystem } from '../ai-systems/ai-system.service.ts';
import type { OrgContext } from '../context.ts';
import { renderExport } from '../exchange/export.service.ts';
import { createCorrectiveAction } from '../improvement/nonconformity.service.ts';
import { buildContext } from '../testing/factories.ts';
import { describeOscalSchemas, oscalValidator } from '../testing/json-schema.ts';
import {
  completeAudit,
  createAudit,
  generateChecklist,
  listChecklist,
  startAudit,
  updateChecklistItem,
} from './audit.service.ts';
import { createFinding, listFindings, raiseNonconformity } from './finding.service.ts';
import { importOscalAssessmentResults, requirementOfTarget } from './oscal-assessment.import.ts';

let database: Database;
let ctx: OrgContext;
let auditId: string;

beforeAll(async () => {
  database = await testDatabase();
  ctx = await buildContext(database.db, { role: 'owner' });
  for (const name of ['Chatbot', 'Scoring', 'Vision'])
    await createAiSystem(ctx, { name, purpose: `${name} purpose` });
  const audit = await createAudit(ctx, {
    title: 'Internal audit 2027',
    scope: { clauses: ['9.2'], controls: ['A.6.2.6'] },
    sampleSize: 2,
  });
  auditId = audit.id;
  await generateChecklist(ctx, auditId, { seed: 7 });
  await startAudit(ctx, auditId);
  const { items } = await listChecklist(ctx, auditId);
  for (const i of items)
    await updateChecklistItem(ctx, i.id, { result: i.ref === 'A.6.2.6' ? 'nonconforming' : 'conforming' });
  const control = items.find((i) => i.ref === 'A.6.2.6')!;
  const f = await createFinding(ctx, {
    auditId,
    checklistItemId: control.id,
    kind: 'major_nc',
    title: 'No monitoring of the deployed model',
    requirementRefs: ['A.6.2.6'],
  });
  await createFinding(ctx, { auditId, kind: 'opportunity', title: 'Automate the drift report' });
  const nc = await raiseNonconformity(ctx, f.id);
  await createCorrectiveAction(ctx, {
    nonconformityId: nc.id,
    description: 'Add drift alerts',
    dueDate: '2027-03-01',
  });
  await completeAudit(ctx, auditId, { conclusion: 'One major nonconformity.' });
});
afterAll(async () => {
  await database?.close();
});

const parse = async (name: string) => {
  const file = await renderExport(ctx, name, { auditId });
  return JSON.parse(String(file.body));
};

describe('audit exports', () => {
  it('renders the audit report PDF, and asks for the audit', async () => {
    const file = await renderExport(ctx, 'audit-report.pdf', { auditId });
    expect(file.contentType).toBe('application/pdf');
    expect(
      Buffer.from(file.body as Uint8Array)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await expect(renderExport(ctx, 'audit-report.pdf', {})).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(renderExport(ctx, 'audit-report.pdf', { auditId: 'aud_nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('ties the assessment set to the catalog and SSP exports', async () => {
    const ap = (await parse('oscal-assessment-plan.json'))['assessment-plan'];
    const ar = (await parse('oscal-assessment-results.json'))['assessment-results'];
    const poam = (await parse('oscal-poam.json'))['plan-of-action-and-milestones'];
    const ssp = (await parse('oscal-ssp.json'))['system-security-plan'];
    const catalog = (await parse('oscal-catalog.json')).catalog;
    const catalogIds = JSON.stringify(catalog);
    // Reviewed controls are catalog control ids; the subject is the SSP's this-system component.
    const ids = ap['reviewed-controls']['control-selections'][0]['include-controls'].map(
      (c: { 'control-id': string }) => c['control-id'],
    );
    expect(ids).toEqual(['a.6.2.6']);
    expect(catalogIds).toContain('"id": "a.6.2.6"'.replace(' ', ''));
    const component = ssp['system-implementation'].components[0].uuid;
    expect(ap['assessment-subjects'][0]['include-subjects'][0]['subject-uuid']).toBe(component);
    // Imports resolve through back-matter to the export files.
    const rlink = (
      doc: { 'back-matter': { resources: { uuid: string; rlinks?: { href: string }[] }[] } },
      href: string,
    ) => doc['back-matter'].resources.find((r) => `#${r.uuid}` === href)?.rlinks?.[0]?.href;
    expect(rlink(ap, ap['import-ssp'].href)).toBe('oscal-ssp.json');
    expect(rlink(ar, ar['import-ap'].href)).toBe(`oscal-assessment-plan.json?auditId=${auditId}`);
    expect(rlink(poam, poam['import-ssp'].href)).toBe('oscal-ssp.json');
    // The sample and its seed are recorded on the plan.
    const props = ap['assessment-subjects'][0].props;
    expect(props).toContainEqual(expect.objectContaining({ name: 'sample-seed', value: '7' }));
    const finding = ar.results[0].findings.find((f: { title: string }) =>
      f.title.startsWith('No monitoring'),
    );
    expect(finding.target).toMatchObject({ 'target-id': 'a.6.2.6_smt', status: { state: 'not-satisfied' } });
    expect(poam['poam-items']).toHaveLength(1);
    expect(poam.risks[0].remediations[0]).toMatchObject({
      lifecycle: 'planned',
      description: 'Add drift alerts',
    });
  });
});

describeOscalSchemas(
  'OSCAL assessment set against the 1.1.3 schemas',
  [
    ['oscal-assessment-plan.json', 'assessment-plan'],
    ['oscal-assessment-results.json', 'assessment-results'],
    ['oscal-poam.json', 'poam'],
  ],
  parse,
  (dir) => {
    it('a POA&M with nothing open still validates', async () => {
      const fresh = await buildContext(database.db, { role: 'owner' });
      const validate = oscalValidator(dir, 'poam');
      const doc = JSON.parse(String((await renderExport(fresh, 'oscal-poam.json')).body));
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    });
    it('the validator rejects a broken document (the check can fail)', async () => {
      const validate = oscalValidator(dir, 'assessment-results');
      const doc = await parse('oscal-assessment-results.json');
      delete doc['assessment-results'].results;
      expect(validate(doc)).toBe(false);
    });

    const examples = fs.existsSync(path.join(dir, 'oscal', 'examples'))
      ? fs.readdirSync(path.join(dir, 'oscal', 'examples')).filter((f) => f.includes('assessment-results'))
      : [];
    it.skipIf(examples.length === 0)(
      `imports the assessment-results examples in dry run and for real (${examples.join(', ') || 'none found'})`,
      async () => {
        const c = await buildContext(database.db, { role: 'manager' });
        for (const file of examples) {
          const raw = fs.readFileSync(path.join(dir, 'oscal', 'examples', file), 'utf8');
          const dry = await importOscalAssessmentResults(c, raw, { dryRun: true });
          expect(dry.dryRun).toBe(true);
          expect(dry.created).toBeGreaterThan(0);
          expect(dry.auditId).toBeNull();
          expect((await listFindings(c, { limit: 50 })).items).toHaveLength(0);
          const real = await importOscalAssessmentResults(c, raw);
          expect(real.created).toBe(dry.created);
          expect(real.auditCreated).toBe(true);
          const stored = (await listFindings(c, { limit: 50, auditId: real.auditId! })).items;
          expect(stored).toHaveLength(real.created);
          expect(stored.every((f) => f.origin === 'oscal_import' && f.externalId)).toBe(true);
          expect(stored.some((f) => f.kind === 'minor_nc')).toBe(true);
          // Again: nothing new, no second audit.
          const again = await importOscalAssessmentResults(c, raw);
          expect(again).toMatchObject({ created: 0, auditCreated: false });
        }
      },
    );
  },
);

describe('OSCAL assessment import', () => {
  it('reads target ids as requirement refs', () => {
    expect(requirementOfTarget('a.6.2.6_smt')).toBe('A.6.2.6');
    expect(requirementOfTarget('iso-42001-clause-9.2.2')).toBe('9.2.2');
    expect(requirementOfTarget('ac-6.1_obj')).toBe('ac-6.1');
  });
  it('refuses a file that is not assessment-results', async () => {
    await expect(importOscalAssessmentResults(ctx, '{"catalog":{}}')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(importOscalAssessmentResults(ctx, 'not json')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
  it('round-trips its own results into another audit, once', async () => {
    const raw = JSON.stringify(await parse('oscal-assessment-results.json'));
    const target = await createAudit(ctx, { title: 'Receiving audit', scope: { clauses: ['9.1'] } });
    const r = await importOscalAssessmentResults(ctx, raw, { auditId: target.id });
    // Our own finding uuids are new externalIds here (the originals have none).
    expect(r.created).toBeGreaterThanOrEqual(2);
    expect(r.findings.find((l) => l.title.startsWith('No monitoring'))).toMatchObject({
      kind: 'minor_nc',
      requirementRefs: ['A.6.2.6'],
    });
    expect((await importOscalAssessmentResults(ctx, raw, { auditId: target.id })).created).toBe(0);
  });
});
