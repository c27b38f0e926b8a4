// `aims org create`: another organization, owned by an existing user, created on the data directly.
import { CreateOrganizationSchema, EmailSchema } from '@openaims/core';
import { createOrganization, SYSTEM_ACTOR } from '@openaims/services';
import type { Command } from 'commander';
import type { z } from 'zod';
import { parseFlags } from '../support/flags.ts';
import { getUserIdByEmail } from '../support/lookup.ts';
import { printJson, printLines } from '../support/output.ts';
import { type StorageFlags, withDatabase, withDataDirOption } from '../support/storage.ts';

const OrgCreateFlagsSchema = CreateOrganizationSchema.extend({ ownerEmail: EmailSchema });

/** Registers `aims org create`. */
export function registerOrgCommand(program: Command): void {
  const org = program.command('org').description('manage organizations');
  withDataDirOption(org.command('create').description('create an organization owned by an existing user'))
    .requiredOption('--name <name>', 'name of the organization')
    .requiredOption('--owner-email <email>', 'email of the existing user who becomes its owner')
    .option('--json', 'print {"orgId"}')
    .action(async (flags: StorageFlags & { name: string; ownerEmail: string; json?: boolean }) => {
      const input: z.infer<typeof OrgCreateFlagsSchema> = parseFlags(OrgCreateFlagsSchema, {
        name: flags.name,
        ownerEmail: flags.ownerEmail,
      });
      const created = await withDatabase(flags, async ({ db }) => {
        const ownerId = await getUserIdByEmail(db, input.ownerEmail);
        return createOrganization(db, { name: input.name }, ownerId, SYSTEM_ACTOR);
      });
      if (flags.json) printJson({ orgId: created.id });
      else printLines(created.id, `created organization "${created.name}" owned by ${input.ownerEmail}`);
    });
}
