import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EU_AI_ACT_DATES } from '@openaims/core';
import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildContext } from '../testing/factories.ts';
import { classifyAiSystem, createAiSystem } from './ai-system.service.ts';
import { applicationDates, loadApplicationDatesFile, resetApplicationDates } from './application-dates.ts';

let database: Database;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-dates-'));
const write = (name: string, content: unknown) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

beforeAll(async () => {
  database = await testDatabase();
});
afterEach(() => resetApplicationDates());
afterAll(async () => {
  await database?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('EU AI Act dates from a data file (AIMS_AI_ACT_DATES_FILE)', () => {
  it('classifies with the table in the file, naming the timeline and its dates', async () => {
    const amended = [
      ...EU_AI_ACT_DATES,
      {
        milestone: 'annex_iii_high_risk',
        date: '2029-01-01',
        legalStatus: 'proposed',
        source: 'A later proposal (test)',
      },
    ];
    loadApplicationDatesFile(write('amended.json', amended));
    expect(applicationDates()).toHaveLength(amended.length);
    const ctx = await buildContext(database.db, { role: 'owner' });
    const sys = await createAiSystem(ctx, { name: 'Screener', purpose: 'Rank CVs' });
    const out = await classifyAiSystem(ctx, sys.id, { answers: { annexIIIAreas: ['employment'] } });
    const timeline = out.classification?.result.timeline;
    expect(timeline?.milestone).toBe('annex_iii_high_risk');
    expect(timeline?.dates.map((d) => [d.date, d.legalStatus])).toEqual([
      ['2026-08-02', 'enacted'],
      ['2027-12-02', 'adopted'],
      ['2029-01-01', 'proposed'],
    ]);
  });

  it('refuses a file that is not JSON or not a valid table, naming the problem, and keeps the table in force', () => {
    expect(() => loadApplicationDatesFile(write('broken.json', '{ not json'))).toThrow(
      /could not be read as JSON/,
    );
    const bad = EU_AI_ACT_DATES.map((d, i) => (i === 2 ? { ...d, date: '2026-13-45' } : d));
    expect(() => loadApplicationDatesFile(write('bad.json', bad))).toThrow(/\[2\.date\]/);
    expect(() => loadApplicationDatesFile(path.join(dir, 'missing.json'))).toThrow(/AIMS_AI_ACT_DATES_FILE/);
    expect(applicationDates()).toBe(EU_AI_ACT_DATES);
  });
});
