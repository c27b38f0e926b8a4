import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSoaEntry } from '../soa/soa-entry.service.ts';
import { buildContext } from '../testing/factories.ts';
import { expectLatestLedgerEntry } from '../testing/ledger.ts';
import { TESTDATA_MISSING, testdataDir } from '../testing/testdata.ts';
import { getControlText, importOscalCatalog } from './oscal-catalog.import.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

const dir = testdataDir();

/** The NIST sample catalog (real OSCAL, other controls), with two controls re-identified as Annex A controls. */
function licensedCatalog(): string {
  const c = JSON.parse(fs.readFileSync(path.join(dir!, 'oscal', 'examples', 'basic-catalog.json'), 'utf8'));
  const inner = c.catalog.groups[0].groups[0].controls;
  inner[0].id = 'a.3.2';
  inner[1].id = 's-x';
  inner[1].props = [{ name: 'label', value: 'A.3.3' }];
  return JSON.stringify(c);
}

describe.skipIf(!dir)(`OSCAL catalog import (${dir ? 'testdata found' : TESTDATA_MISSING})`, () => {
  it('previews on a dry run and writes nothing', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const r = await importOscalCatalog(ctx, licensedCatalog(), { dryRun: true });
    expect(r.matched.map((m) => m.controlRef)).toEqual(['A.3.2', 'A.3.3']);
    expect(r.unmatched).toContain('s2.1.1');
    expect(r.controlsInFile).toBe(r.matched.length + r.unmatched.length);
    expect((await getSoaEntry(ctx, 'A.3.2')).hasFullText).toBe(false);
    expect((await getControlText(ctx, 'A.3.2')).text).toBeNull();
  });

  it('attaches the text by control id and by label, records the file hash in the ledger, and stays in its organization', async () => {
    const ctx = await buildContext(database.db, { role: 'admin' });
    const r = await importOscalCatalog(ctx, licensedCatalog(), { dryRun: false });
    expect(r.matched).toHaveLength(2);
    const text = await getControlText(ctx, 'A.3.2');
    expect(text.text).toContain('Statement:');
    expect(text.text).toMatch(/^Overview:/);
    expect(text.source).toContain('Sample Security Catalog');
    expect((await getSoaEntry(ctx, 'A.3.3')).hasFullText).toBe(true);
    await expectLatestLedgerEntry(ctx, {
      action: 'control_text.imported',
      data: { sha256: r.sha256, controls: ['A.3.2', 'A.3.3'] },
    });
    const other = await buildContext(database.db);
    expect((await getControlText(other, 'A.3.2')).text).toBeNull();
    await expect(getControlText(other, 'A.1.1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('matches nothing in the unmodified NIST sample, and refuses non-catalogs and contributors', async () => {
    const ctx = await buildContext(database.db, { role: 'owner' });
    const raw = fs.readFileSync(path.join(dir!, 'oscal', 'examples', 'basic-catalog.json'), 'utf8');
    const r = await importOscalCatalog(ctx, raw, { dryRun: false });
    expect(r.matched).toEqual([]);
    const ssp = fs.readFileSync(path.join(dir!, 'oscal', 'examples', 'ssp-example.json'), 'utf8');
    await expect(importOscalCatalog(ctx, ssp, { dryRun: true })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(importOscalCatalog(ctx, '{', { dryRun: true })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(
      importOscalCatalog({ ...ctx, role: 'contributor' }, raw, { dryRun: true }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
