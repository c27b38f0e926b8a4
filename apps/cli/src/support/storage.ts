// Opens storage the way the server does (DATABASE_URL, else PGlite in AIMS_DATA_DIR), migrates, and closes.
import type { Database } from '@openaims/db';
import { applyHeapGrowth, type Env, openConfiguredDatabase, parseEnv } from '@openaims/server';
import type { Command } from 'commander';
import { badInput } from './errors.ts';

/** Flags that every storage-using command accepts. */
export interface StorageFlags {
  dataDir?: string;
}

/** Adds `--data-dir` to a command. */
export function withDataDirOption(cmd: Command): Command {
  return cmd.option(
    '--data-dir <dir>',
    'embedded data directory (overrides AIMS_DATA_DIR; ignored when DATABASE_URL is set)',
  );
}

/** The server's configuration with command-line overrides; a bad value is bad input (exit 2). */
export function configuredEnv(overrides: Record<string, string | undefined> = {}): Env {
  const source: Record<string, string | undefined> = { ...process.env };
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) source[k] = v;
  try {
    return parseEnv(source);
  } catch (e) {
    throw badInput((e as Error).message);
  }
}

/** Runs `fn` on the configured, migrated database and always closes it (releasing the PGlite lock). */
export async function withDatabase<T>(
  flags: StorageFlags,
  fn: (database: Database) => Promise<T>,
): Promise<T> {
  const env = configuredEnv({ AIMS_DATA_DIR: flags.dataDir });
  applyHeapGrowth(env.AIMS_HEAP_GROWTH_PERCENT); // exports and backups build what the server's jobs build
  const database = await openConfiguredDatabase(env);
  try {
    await database.migrate();
    return await fn(database);
  } finally {
    await database.close();
  }
}
