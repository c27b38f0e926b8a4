// The real app in this process (no network, silent logs) on a generated dataset, for the ad-hoc scripts that time
// or record its answers. Run `npm run bench:generate` first; DATABASE_URL for PostgreSQL.
import { configuredBlobStore, createApp, openConfiguredDatabase, parseEnv } from '@openaims/server';
import pino from 'pino';
import { datasetLocation, readDatasetInfo, type Size } from './dataset.ts';

/** Opens the dataset of `size` and builds the app on it; `headers` authorize as the dataset's token. */
export async function openDatasetApp(size: Size) {
  const adminUrl = process.env.DATABASE_URL || undefined;
  const info = readDatasetInfo(size, adminUrl);
  const where = datasetLocation(size, adminUrl);
  const env = parseEnv({
    ...process.env,
    DATABASE_URL: where.pgUrl ?? '',
    AIMS_DATA_DIR: where.dataDir,
    AIMS_LOG_LEVEL: 'silent',
  });
  const database = await openConfiguredDatabase(env);
  // As the server does at start: a dataset generated before a newer migration is brought up to date.
  await database.migrate();
  const { app } = createApp({
    database,
    env,
    log: pino({ level: 'silent' }),
    blobs: configuredBlobStore(env),
  });
  return { app, database, info, headers: { authorization: `Bearer ${info.token}` } };
}
