// `aims init`: non-interactive first set-up — the first organization and its owner (DESIGN §4).
import { AppError, isAppError, SetupSchema } from '@openaims/core';
import { needsSetup, setup } from '@openaims/services';
import type { Command } from 'commander';
import { parseFlags } from '../support/flags.ts';
import { printJson, printLines } from '../support/output.ts';
import { type StorageFlags, withDatabase, withDataDirOption } from '../support/storage.ts';

interface InitFlags extends StorageFlags {
  org: string;
  adminEmail: string;
  adminPassword: string;
  adminName: string;
  json?: boolean;
}

const ALREADY_SET_UP =
  'this instance is already set up (a user exists); add organizations with `aims org create` instead';

/** Registers `aims init`. */
export function registerInitCommand(program: Command): void {
  withDataDirOption(
    program.command('init').description('first set-up: create the first organization and its owner'),
  )
    .requiredOption('--org <name>', 'name of the first organization')
    .requiredOption('--admin-email <email>', 'email of the owner')
    .requiredOption('--admin-password <password>', 'password of the owner (at least 12 characters)')
    .option('--admin-name <name>', 'display name of the owner', 'Administrator')
    .option('--json', 'print {"orgId","userId"}')
    .action(async (flags: InitFlags) => {
      const input = parseFlags(
        SetupSchema,
        {
          organizationName: flags.org,
          name: flags.adminName,
          email: flags.adminEmail,
          password: flags.adminPassword,
        },
        {
          organizationName: '--org',
          name: '--admin-name',
          email: '--admin-email',
          password: '--admin-password',
        },
      );
      const result = await withDatabase(flags, async ({ db }) => {
        if (!(await needsSetup(db))) throw new AppError('CONFLICT', ALREADY_SET_UP);
        try {
          return await setup(db, input);
        } catch (e) {
          // Another process may have won the race between the check and the set-up.
          if (isAppError(e) && e.code === 'CONFLICT') throw new AppError('CONFLICT', ALREADY_SET_UP);
          throw e;
        }
      });
      if (flags.json) printJson({ orgId: result.organizationId, userId: result.userId });
      else
        printLines(
          result.organizationId,
          `created organization "${input.organizationName}" with owner ${input.email} (${result.userId})`,
        );
    });
}
