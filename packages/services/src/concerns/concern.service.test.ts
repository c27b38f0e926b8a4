// Transparency records and the concern channel on a real database: drafting, publishing, the public view, the
// anonymous report → follow-up code → answer round trip, identity for leads only, and conversion.
import { type Database, tables } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiSystem } from '../ai-systems/ai-system.service.ts';
import { buildContext } from '../testing/factories.ts';
import {
  getPublicTransparency,
  getTransparency,
  updateTransparency,
} from '../transparency/transparency.service.ts';
import {
  addReporterMessage,
  answerConcern,
  convertConcern,
  getConcern,
  getConcernByCode,
  listConcerns,
  submitConcern,
} from './concern.service.ts';
import { MAX_CONCERN_WRITES_PER_ADDRESS } from './concern-limits.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('transparency records (A.8.2, Art. 13)', () => {
  it('drafts from the inventory, lets editors edit, leads publish, and shows only published fields', async () => {
    const lead = await buildContext(database.db, { role: 'manager' });
    const editor = await buildContext(database.db, { role: 'contributor', orgId: lead.orgId });
    const system = await createAiSystem(lead, {
      name: 'CV screening',
      purpose: 'Rank job applications',
      humanOversight: 'A recruiter reviews every ranking',
    });
    const draft = await getTransparency(editor, system.id);
    expect(draft).toMatchObject({ purpose: 'Rank job applications', published: false, version: 1 });
    expect(draft.humanOversight).toBe('A recruiter reviews every ranking');
    await expect(getPublicTransparency(database.db, lead.orgId, system.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    const edited = await updateTransparency(
      editor,
      system.id,
      { authorityNotes: 'Conformity file ref 7', contest: 'Write to appeals@example.com' },
      1,
    );
    expect(edited.version).toBe(2);
    await expect(updateTransparency(editor, system.id, { published: true })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(updateTransparency(lead, system.id, { published: true }, 1)).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });
    const published = await updateTransparency(lead, system.id, { published: true }, 2);
    expect(published.publishedAt).not.toBeNull();

    const page = await getPublicTransparency(database.db, lead.orgId, system.id);
    expect(page.systemName).toBe('CV screening');
    expect(page.sections.map((s) => s.field)).toEqual(['purpose', 'humanOversight', 'contest']);
    const text = JSON.stringify(page);
    expect(text).not.toContain('Conformity file');
    expect(text).not.toContain(lead.orgId);
    expect(text).not.toContain(system.id);

    const other = await buildContext(database.db, { role: 'owner' });
    await expect(getPublicTransparency(database.db, other.orgId, system.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('concerns (A.3.3, A.8.3)', () => {
  it('takes an anonymous report, answers it, and lets the reporter read and add with the code', async () => {
    const lead = await buildContext(database.db, { role: 'admin' });
    const { followUpCode } = await submitConcern(database.db, lead.orgId, {
      title: 'Chatbot gave wrong benefit advice',
      description: 'It said I was not eligible.',
    });
    expect(followUpCode).toMatch(/^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/);
    const stored = await database.db
      .select()
      .from(tables.concerns)
      .where(eq(tables.concerns.organizationId, lead.orgId));
    expect(JSON.stringify(stored)).not.toContain(followUpCode.replace(/-/g, ''));

    const [concern] = (await listConcerns(lead, { limit: 10 })).items;
    expect(concern).toMatchObject({ status: 'received', reporterName: null, identityHidden: false });
    await answerConcern(lead, concern!.id, { body: 'Thank you; we are checking the advice rules.' });
    const seen = await getConcernByCode(database.db, followUpCode.toLowerCase());
    expect(seen.status).toBe('in_review');
    expect(seen.messages).toEqual([
      expect.objectContaining({ from: 'organization', body: 'Thank you; we are checking the advice rules.' }),
    ]);
    expect(JSON.stringify(seen)).not.toMatch(/cnc_|usr_|org_/);

    await addReporterMessage(database.db, followUpCode, { body: 'It happened again today.' });
    const after = await getConcern(lead, concern!.id);
    expect(after.messages.map((m) => m.from)).toEqual(['organization', 'reporter']);
    await expect(getConcernByCode(database.db, 'AAAA-BBBB')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('shows who reported to leads only, and never in the ledger', async () => {
    const lead = await buildContext(database.db, { role: 'manager' });
    const contributor = await buildContext(database.db, { role: 'contributor', orgId: lead.orgId });
    await submitConcern(database.db, lead.orgId, {
      kind: 'adverse_impact',
      title: 'Denied a loan unfairly',
      description: 'Details',
      reporterName: 'Dana Reporter',
      reporterEmail: 'dana@example.com',
    });
    const [forLead] = (await listConcerns(lead, { limit: 10 })).items;
    expect(forLead).toMatchObject({ reporterName: 'Dana Reporter', reporterEmail: 'dana@example.com' });
    const forContributor = await getConcern(contributor, forLead!.id);
    expect(forContributor).toMatchObject({ reporterName: null, reporterEmail: null, identityHidden: true });
    const ledger = await database.db
      .select()
      .from(tables.ledgerEntries)
      .where(eq(tables.ledgerEntries.organizationId, lead.orgId));
    expect(JSON.stringify(ledger)).not.toContain('Dana');
    expect(JSON.stringify(ledger)).not.toContain('dana@example.com');
  });

  it('turns a concern into an incident or a nonconformity once, without the identity', async () => {
    const lead = await buildContext(database.db, { role: 'owner' });
    await submitConcern(database.db, lead.orgId, { title: 'A', description: 'x', reporterName: 'Kim' });
    await submitConcern(database.db, lead.orgId, { title: 'B', description: 'y' });
    const [b, a] = (await listConcerns(lead, { limit: 10 })).items;
    const inc = await convertConcern(lead, a!.id, { into: 'incident', severity: 'high' });
    expect(inc.incidentId).toMatch(/^inc/);
    await expect(convertConcern(lead, a!.id, { into: 'nonconformity' })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    const nc = await convertConcern(lead, b!.id, { into: 'nonconformity' });
    const [row] = await database.db
      .select()
      .from(tables.nonconformities)
      .where(eq(tables.nonconformities.id, nc.nonconformityId!));
    expect(row).toMatchObject({ source: 'complaint', sourceRef: b!.id });
    const [incident] = await database.db
      .select()
      .from(tables.incidents)
      .where(eq(tables.incidents.id, inc.incidentId!));
    expect(JSON.stringify(incident)).not.toContain('Kim');
  });

  it('refuses a system that is not published and limits writes per address', async () => {
    const lead = await buildContext(database.db, { role: 'owner' });
    const system = await createAiSystem(lead, { name: 'Hidden', purpose: 'internal' });
    await expect(
      submitConcern(
        database.db,
        lead.orgId,
        { title: 't', description: 'd', aiSystemId: system.id },
        {
          address: '203.0.113.9',
        },
      ),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    for (let i = 1; i < MAX_CONCERN_WRITES_PER_ADDRESS; i++)
      await submitConcern(
        database.db,
        lead.orgId,
        { title: `t${i}`, description: 'd' },
        { address: '203.0.113.9' },
      );
    await expect(
      submitConcern(
        database.db,
        lead.orgId,
        { title: 'one too many', description: 'd' },
        { address: '203.0.113.9' },
      ),
    ).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });
});
