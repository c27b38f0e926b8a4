// One-off job of the `audit-pack` and `backup` scenarios (issue 17): streams the zip the product writes to a file,
// 3 times, as the CLI does — BENCH_ZIP=audit-pack is `aims export audit-pack --org ID --out FILE` (the sealed pack
// of the benchmark organization, every section, up to today), `backup` is `aims backup --out FILE` (the whole
// instance). Reports the times, peak RSS and the file's size (servers/job.ts).
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { configuredBlobStore, parseEnv } from '@openaims/server';
import { auditPack, type OrgContext, SYSTEM_ACTOR, writeBackup } from '@openaims/services';
import { timeThreeRuns } from './job.ts';

const kind = process.env.BENCH_ZIP;
// Evidence files live where the server keeps them for this dataset (AIMS_DATA_DIR, as dataset.server.ts sets it).
const blobs = configuredBlobStore(
  parseEnv({ ...process.env, AIMS_DATA_DIR: process.env.BENCH_DATA_DIR ?? 'data' }),
);
const dir = mkdtempSync(path.join(os.tmpdir(), 'aims-bench-zip-'));
const file = path.join(dir, `${kind}.zip`);
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** Streams one zip to the file and waits for its manifest, as the CLI's `streamToPart` does. */
async function write(zip: { stream: Readable; done: Promise<unknown> }): Promise<number> {
  await pipeline(zip.stream, createWriteStream(file));
  await zip.done;
  return (await stat(file)).size;
}

await timeThreeRuns(async (database) => {
  if (kind === 'backup') return () => write(writeBackup(database, blobs));
  if (kind !== 'audit-pack') throw new Error(`BENCH_ZIP must be audit-pack or backup, not ${kind}`);
  // The operator's view of the organization, as the CLI's export runs it.
  const ctx: OrgContext = {
    db: database.db,
    orgId: process.env.BENCH_ORG_ID ?? '',
    role: 'owner',
    actor: SYSTEM_ACTOR,
  };
  return async () => write(await auditPack(ctx, blobs));
});
