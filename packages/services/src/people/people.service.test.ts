import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, buildContext } from '../testing/factories.ts';
import { expectLatestLedgerEntry } from '../testing/ledger.ts';
import {
  archiveCompetence,
  createCompetence,
  getCompetenceCoverage,
  listTrainings,
  recordTraining,
  updateCompetence,
} from './people.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('competence (§7.2) and AI literacy (Art. 4)', () => {
  it('records training with a validity computed from the renewal interval, and counts coverage per person', async () => {
    const lead = await buildContext(database.db, { role: 'manager' });
    const c = await createCompetence(lead, {
      role: 'Human overseer',
      title: 'Overseeing the hiring model',
      aiLiteracy: true,
      renewalMonths: 12,
    });
    const editor = await buildContext(database.db, { role: 'contributor', orgId: lead.orgId });
    const member = await addMember(database.db, lead.orgId, 'viewer');
    const t = await recordTraining(editor, {
      competenceId: c.id,
      userId: member.userId,
      activity: 'Oversight workshop',
      completedOn: '2025-10-01',
    });
    expect(t).toMatchObject({ validUntil: '2026-10-01', personName: expect.any(String) });
    expect(t.personName.length).toBeGreaterThan(0);
    await recordTraining(editor, {
      competenceId: c.id,
      personName: 'Grace (contractor)',
      activity: 'Oversight workshop',
      completedOn: '2026-11-01',
    });
    await expectLatestLedgerEntry(editor, { action: 'training.recorded' });
    expect((await getCompetenceCoverage(lead, '2026-11-28')).items).toEqual([
      { competenceId: c.id, trained: 2, valid: 1, expired: 1 },
    ]);
    expect(
      (await listTrainings(lead, { limit: 50, competenceId: c.id })).items.map((x) => x.completedOn),
    ).toEqual(['2026-11-01', '2025-10-01']);
  });

  it('refuses records without a person, in the future, for another org’s competence or a non-member', async () => {
    const lead = await buildContext(database.db, { role: 'owner' });
    const c = await createCompetence(lead, { role: 'ML engineer', title: 'Bias testing' });
    await expect(
      recordTraining(lead, { competenceId: c.id, activity: 'x', completedOn: '2026-01-01' }),
    ).rejects.toMatchObject({ errors: [{ path: 'personName' }] });
    await expect(
      recordTraining(lead, { competenceId: c.id, personName: 'A', activity: 'x', completedOn: '2999-01-01' }),
    ).rejects.toMatchObject({ errors: [{ path: 'completedOn' }] });
    const other = await buildContext(database.db, { role: 'owner' });
    await expect(
      recordTraining(other, {
        competenceId: c.id,
        personName: 'A',
        activity: 'x',
        completedOn: '2026-01-01',
      }),
    ).rejects.toMatchObject({ errors: [{ path: 'competenceId' }] });
    await expect(
      recordTraining(lead, {
        competenceId: c.id,
        userId: other.actor.userId!,
        activity: 'x',
        completedOn: '2026-01-01',
      }),
    ).rejects.toMatchObject({ errors: [{ path: 'userId' }] });
    await archiveCompetence(lead, c.id);
    await expect(
      recordTraining(lead, { competenceId: c.id, personName: 'A', activity: 'x', completedOn: '2026-01-01' }),
    ).rejects.toMatchObject({ errors: [{ path: 'competenceId' }] });
  });

  it('lets only leads set competences', async () => {
    const lead = await buildContext(database.db, { role: 'admin' });
    const c = await createCompetence(lead, {
      role: 'Product owner',
      title: 'EU AI Act basics',
      description: 'Risk tiers and deployer duties',
      aiLiteracy: true,
    });
    const editor = await buildContext(database.db, { role: 'contributor', orgId: lead.orgId });
    await expect(createCompetence(editor, { role: 'x', title: 'y' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(updateCompetence(editor, c.id, { title: 'z' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // A partial change leaves the other fields as they were.
    expect(await updateCompetence(lead, c.id, { renewalMonths: 24 }, 1)).toMatchObject({
      version: 2,
      renewalMonths: 24,
      aiLiteracy: true,
      description: 'Risk tiers and deployer duties',
    });
  });
});
