// `aims token create`: an API token bound to one organization and role; the secret is printed once.
import { CreateApiTokenSchema, ROLES } from '@openaims/core';
import { insertToken, SYSTEM_ACTOR } from '@openaims/services';
import type { Command } from 'commander';
import { integerFlag, parseFlags } from '../support/flags.ts';
import { assertOrganizationExists } from '../support/lookup.ts';
import { printJson, printLines } from '../support/output.ts';
import { type StorageFlags, withDatabase, withDataDirOption } from '../support/storage.ts';

interface TokenCreateFlags extends StorageFlags {
  org: string;
  role: string;
  name: string;
  expiresInDays?: string;
  expiresAt?: string;
  json?: boolean;
}

/** Registers `aims token create`. */
export function registerTokenCommand(program: Command): void {
  const token = program.command('token').description('manage API tokens');
  withDataDirOption(token.command('create').description('create an API token (shown once)'))
    .requiredOption('--org <id>', 'organization id (org_…)')
    .requiredOption('--role <role>', `role of the token: ${ROLES.join(', ')}`)
    .requiredOption('--name <name>', 'what the token is for')
    .option('--expires-in-days <n>', 'days until the token expires (default: never)')
    .option(
      '--expires-at <iso>',
      'exact expiry instant, ISO 8601 with a time zone (e.g. an audit’s last day)',
    )
    .option('--json', 'print {"token"}')
    .action(async (flags: TokenCreateFlags) => {
      const input = parseFlags(CreateApiTokenSchema, {
        name: flags.name,
        role: flags.role,
        expiresInDays: integerFlag('--expires-in-days', flags.expiresInDays),
        expiresAt: flags.expiresAt,
      });
      const created = await withDatabase(flags, async ({ db }) => {
        await assertOrganizationExists(db, flags.org);
        return db.transaction((tx) => insertToken(tx, flags.org, input, SYSTEM_ACTOR));
      });
      if (flags.json) printJson({ token: created.token });
      else
        printLines(
          created.token,
          `token ${created.id} (${created.role}) for ${flags.org}; it is shown only now, store it safely`,
        );
    });
}
