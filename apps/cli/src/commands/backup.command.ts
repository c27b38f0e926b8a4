// `aims backup --out FILE [--org ID]` and `aims restore FILE` (issue 11; §7.5.3 documented information protected
// against loss). On PostgreSQL a backup runs while servers serve (one consistent snapshot); embedded PGlite allows
// one process, so there the server is stopped for the few seconds a backup takes.
import { rename } from 'node:fs/promises';
import { isAppError } from '@openaims/core';
import { configuredBlobStore } from '@openaims/server';
import { restoreBackup, writeBackup } from '@openaims/services';
import type { Command } from 'commander';
import { partFileOf, streamToPart } from '../support/files.ts';
import { assertOrganizationExists } from '../support/lookup.ts';
import { printJson, printLines } from '../support/output.ts';
import { configuredEnv, type StorageFlags, withDatabase, withDataDirOption } from '../support/storage.ts';

/** Runs `fn` on the database; when PGlite is held by a running server, says what to do instead. */
async function onDatabase<T>(
  flags: StorageFlags,
  what: string,
  fn: Parameters<typeof withDatabase<T>>[1],
): Promise<T> {
  try {
    return await withDatabase(flags, fn);
  } catch (e) {
    if (isAppError(e) && e.code === 'UNAVAILABLE' && /in use by process/.test(e.message))
      throw new Error(
        `${e.message}\nTo ${what} embedded storage: stop the server (Ctrl-C or your service manager), run this command, ` +
          'then start the server again. To back up without stopping, run OpenAIMS on PostgreSQL (DATABASE_URL).',
      );
    throw e;
  }
}

/** Registers `aims backup` and `aims restore`. */
export function registerBackupCommands(program: Command): void {
  withDataDirOption(
    program
      .command('backup')
      .description(
        'write records, versions, ledger and evidence files to one file with a manifest of hashes',
      ),
  )
    .requiredOption('--out <file>', 'the backup file to write (a zip)')
    .option('--org <id>', 'back up one organization instead of the whole instance')
    .option('--json', 'print {"file","tables","rows","evidenceFiles"}')
    .action(async (flags: StorageFlags & { out: string; org?: string; json?: boolean }) => {
      const blobs = configuredBlobStore(configuredEnv({ AIMS_DATA_DIR: flags.dataDir }));
      const part = partFileOf(flags.out);
      const manifest = await onDatabase(flags, 'back up', async (database) => {
        if (flags.org) await assertOrganizationExists(database.db, flags.org);
        return streamToPart(writeBackup(database, blobs, { orgId: flags.org }), part);
      });
      await rename(part, flags.out);
      const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
      const summary = {
        file: flags.out,
        tables: manifest.tables.length,
        rows,
        evidenceFiles: manifest.evidence.length,
      };
      if (flags.json) printJson(summary);
      else
        printLines(
          `wrote ${flags.out}: ${rows} rows in ${summary.tables} tables, ${summary.evidenceFiles} evidence files`,
        );
    });

  withDataDirOption(
    program
      .command('restore')
      .description('load a backup into an empty instance (either engine); a damaged file is refused')
      .argument('<file>', 'the backup file'),
  )
    .option('--json', 'print {"organizationId","tables":[{name,rows}],"evidenceFiles"}')
    .action(async (file: string, flags: StorageFlags & { json?: boolean }) => {
      const blobs = configuredBlobStore(configuredEnv({ AIMS_DATA_DIR: flags.dataDir }));
      const result = await onDatabase(flags, 'restore into', ({ db }) =>
        restoreBackup(db, blobs, file),
      ).catch((e) => {
        // Name every damaged file, not only the summary line.
        if (isAppError(e) && e.errors?.length)
          throw new Error(`${e.message}\n${e.errors.map((x) => `  ${x.message}`).join('\n')}`);
        throw e;
      });
      if (flags.json) printJson(result);
      else
        printLines(
          `restored ${result.tables.reduce((n, t) => n + t.rows, 0)} rows in ${result.tables.length} tables and ${result.evidenceFiles} evidence files`,
          'run aims ledger verify to recompute every hash chain',
        );
    });
}
