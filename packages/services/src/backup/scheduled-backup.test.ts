import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diskBlobStore } from '../evidence/blob-store.ts';
import { runJobRound } from '../jobs/job.runtime.ts';
import { buildOrg } from '../testing/factories.ts';
import { checkBackup } from './backup.service.ts';

let database: Database;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-sched-'));
beforeAll(async () => {
  database = await testDatabase();
  await buildOrg(database.db);
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('scheduled backups (AIMS_BACKUP_DIR)', () => {
  it('writes one verifiable backup a day from the job worker and keeps the newest AIMS_BACKUP_KEEP', async () => {
    const dir = path.join(root, 'backups');
    const rt = {
      db: database.db,
      backup: { dir, keep: 2, database, blobs: diskBlobStore(path.join(root, 'blobs')) },
    };
    const files = () =>
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.zip'))
        .sort();

    await runJobRound(rt, { now: new Date('2027-03-01T01:00:00Z') });
    expect(files()).toHaveLength(1);
    expect(files()[0]).toMatch(/^openaims-backup-2027-03-01T\d{6}Z\.zip$/);
    const manifest = await checkBackup(path.join(dir, files()[0]!));
    expect(manifest.tables.length).toBeGreaterThan(10);

    // The same day again (another poll, another process): nothing more.
    await runJobRound(rt, { now: new Date('2027-03-01T13:00:00Z') });
    expect(files()).toHaveLength(1);

    await runJobRound(rt, { now: new Date('2027-03-02T01:00:00Z') });
    await runJobRound(rt, { now: new Date('2027-03-03T01:00:00Z') });
    expect(files().map((f) => f.slice(16, 26))).toEqual(['2027-03-02', '2027-03-03']);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });
});
