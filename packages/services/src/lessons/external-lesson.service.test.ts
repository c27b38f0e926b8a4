import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAiid } from '../exchange/aiid.import.ts';
import { listLedger } from '../ledger/ledger.service.ts';
import { createRisk } from '../risks/risk.service.ts';
import { buildContext } from '../testing/factories.ts';
import { readTestdata, TESTDATA, TESTDATA_MISSING } from '../testing/testdata.ts';
import { getExternalLesson, importAiid, listExternalLessons } from './external-lesson.service.ts';

if (!TESTDATA) console.warn(TESTDATA_MISSING);
const SAMPLE = 'aiid/sample-incident-classifications.csv';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe.skipIf(!TESTDATA)('AIID import of the shared sample', () => {
  it('previews without writing, imports, re-imports without duplicating, links the risk', async () => {
    const ctx = await buildContext(database.db);
    const risk = await createRisk(ctx, { title: 'Toxic output', likelihood: 2, consequence: 3 });
    const csv = readTestdata(SAMPLE);

    const preview = await importAiid(ctx, csv, { dryRun: true, riskId: risk.id });
    expect(preview).toMatchObject({ kind: 'aiid', dryRun: true, format: 'AIID CSV' });
    expect(preview.totals).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: 0 });
    expect(preview.items.every((i) => i.id === null && i.outcome === 'created' && i.reason)).toBe(true);
    expect((await listExternalLessons(ctx, { limit: 50 })).items).toHaveLength(0);

    const done = await importAiid(ctx, csv, { riskId: risk.id });
    expect(done.totals.created).toBe(2);
    const lessons = (await listExternalLessons(ctx, { limit: 50, sort: 'externalId' })).items;
    expect(lessons.map((l) => l.externalId)).toEqual(['1', '2']);
    const first = lessons[0]!;
    expect(first).toMatchObject({
      source: 'aiid',
      date: '2015-05-19',
      url: 'https://incidentdatabase.ai/cite/1',
      riskIds: [risk.id],
    });
    expect(first.title.length).toBeGreaterThan(10);
    expect(first.description).toContain('YouTube');
    expect(first.attributes['Alleged deployer']).toEqual(['youtube']);
    expect(first.attributes['Risk Domain']).toBe('1 Discrimination & Toxicity');
    expect(await getExternalLesson(ctx, first.id)).toEqual(first);
    expect((await listExternalLessons(ctx, { limit: 50, riskId: risk.id })).items).toHaveLength(2);

    const again = await importAiid(ctx, csv, { riskId: risk.id });
    expect(again.totals).toEqual({ created: 0, updated: 0, unchanged: 2, skipped: 0 });
    expect(again.items.map((i) => i.id).sort()).toEqual(lessons.map((l) => l.id).sort());
    expect((await listExternalLessons(ctx, { limit: 50 })).items).toHaveLength(2);

    // A changed summary updates the lesson it came from, named in the preview.
    const changed = csv.replace('YouTube', 'YouTube (revised)');
    const upd = await importAiid(ctx, changed, { dryRun: true });
    expect(upd.items.find((i) => i.externalId === '1')).toMatchObject({
      outcome: 'updated',
      id: first.id,
      changes: expect.arrayContaining(['description']),
    });

    const ledger = await listLedger(ctx, { limit: 200 });
    expect(ledger.items.filter((e) => e.action === 'external_lesson.imported')).toHaveLength(2);
  });

  it("refuses another organization's risk and writes nothing", async () => {
    const a = await buildContext(database.db);
    const b = await buildContext(database.db);
    const riskB = await createRisk(b, { title: 'Theirs', likelihood: 1, consequence: 1 });
    await expect(importAiid(a, readTestdata(SAMPLE), { riskId: riskB.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await listExternalLessons(a, { limit: 50 })).items).toHaveLength(0);
    await expect(getExternalLesson(b, 'lsn_nothing')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('AIID parsing', () => {
  it('reads AIID JSON (incidents collection shape) and a Risk ID column', async () => {
    const ctx = await buildContext(database.db);
    const risk = await createRisk(ctx, { title: 'Deepfakes', likelihood: 2, consequence: 2 });
    const json = JSON.stringify({
      incidents: [
        {
          incident_id: 42,
          date: '2020-01-31',
          title: 'A title',
          description: 'What happened.',
          editors: ['x'],
          riskId: risk.id,
        },
      ],
    });
    const r = await importAiid(ctx, json);
    expect(r.format).toBe('AIID JSON');
    expect(r.items[0]).toMatchObject({ externalId: '42', title: 'A title', riskIds: [risk.id] });
    const l = await getExternalLesson(ctx, r.items[0]!.id!);
    expect(l).toMatchObject({ date: '2020-01-31', attributes: { editors: ['x'] }, riskIds: [risk.id] });
  });

  it('refuses with format, place and what to do', () => {
    expect(() => parseAiid('name,value\n1,2\n')).toThrow(/AIID CSV.*line 1.*Incident ID/);
    expect(() => parseAiid('Incident ID,Summary\n1,"open\n')).toThrow(/never closed.*line 2/);
    expect(() => parseAiid('[{"incident_id": 1}, 3]')).toThrow(/AIID JSON.*\/1/);
    expect(() => parseAiid('{"incidents": [ }')).toThrow(/AIID JSON is not valid JSON.*line 1/);
    expect(() => parseAiid('Incident ID,Summary\n,empty\n')).toThrow(/line 2.*incident id/i);
  });

  it('keeps http(s) addresses only', () => {
    const p = parseAiid('Incident ID,AIID URL\n7,javascript:alert(1)\n');
    expect(p.drafts[0]!.url).toBeNull();
    expect(p.notes.join()).toMatch(/not http/);
  });
});
