// `aims migrate`: applies pending migrations to the configured storage.
import type { Command } from 'commander';
import { printJson, printLines } from '../support/output.ts';
import { type StorageFlags, withDatabase, withDataDirOption } from '../support/storage.ts';

/** Registers `aims migrate`. */
export function registerMigrateCommand(program: Command): void {
  withDataDirOption(program.command('migrate').description('apply pending database migrations'))
    .option('--json', 'print {"engine","done"}')
    .action(async (flags: StorageFlags & { json?: boolean }) => {
      const engine = await withDatabase(flags, async (database) => database.engine);
      if (flags.json) printJson({ engine, done: true });
      else printLines(`engine: ${engine}`, 'migrations: done');
    });
}
