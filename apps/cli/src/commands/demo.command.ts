// `aims demo`: a demo organization filled through the services (issue 16), owned by an existing user, so a
// new instance can be explored with realistic records and a valid ledger.
import { randomBytes } from 'node:crypto';
import { EmailSchema } from '@openaims/core';
import { tables } from '@openaims/db';
import { configuredBlobStore } from '@openaims/server';
import { buildDemoOrganization, DEMO_ORG_NAME, insertUser } from '@openaims/services';
import type { Command } from 'commander';
import { asc } from 'drizzle-orm';
import { z } from 'zod';
import { parseFlags } from '../support/flags.ts';
import { getUserIdByEmail } from '../support/lookup.ts';
import { printJson, printLines } from '../support/output.ts';
import { configuredEnv, type StorageFlags, withDatabase, withDataDirOption } from '../support/storage.ts';

/** The owner `aims demo` creates on an instance that has no user yet. */
const DEMO_OWNER_EMAIL = 'demo.owner@example.com';

const DemoFlagsSchema = z.object({
  orgName: z.string().trim().min(1).max(200).default(DEMO_ORG_NAME),
  ownerEmail: EmailSchema.optional(),
});

/** Registers `aims demo`. */
export function registerDemoCommand(program: Command): void {
  withDataDirOption(
    program
      .command('demo')
      .description(
        'create a demo organization with AI systems, risks, an approved SoA, objectives, incidents, evidence …',
      ),
  )
    .option('--org-name <name>', `name of the demo organization (default "${DEMO_ORG_NAME}")`)
    .option(
      '--owner-email <email>',
      'existing user who owns it (default: the first user; on an empty instance a demo owner is created)',
    )
    .option('--json', 'print {"orgId"}')
    .action(async (flags: StorageFlags & { orgName?: string; ownerEmail?: string; json?: boolean }) => {
      const input = parseFlags(
        DemoFlagsSchema,
        { orgName: flags.orgName, ownerEmail: flags.ownerEmail },
        { orgName: '--org-name', ownerEmail: '--owner-email' },
      );
      const env = configuredEnv({ AIMS_DATA_DIR: flags.dataDir });
      const { orgId, ownerEmail, password } = await withDatabase(flags, async ({ db }) => {
        let owner: { id: string; email: string } | undefined;
        if (input.ownerEmail)
          owner = { id: await getUserIdByEmail(db, input.ownerEmail), email: input.ownerEmail };
        else
          [owner] = await db
            .select({ id: tables.users.id, email: tables.users.email })
            .from(tables.users)
            .orderBy(asc(tables.users.createdAt), asc(tables.users.id))
            .limit(1);
        // An empty instance gets a demo owner with a generated password, shown once, so `aims demo` is the whole
        // way to a filled instance; the web set-up is then done (sign in as that owner).
        let password: string | undefined;
        if (!owner) {
          password = randomBytes(15).toString('base64url');
          const email = DEMO_OWNER_EMAIL;
          const user = await insertUser(db, { email, name: 'Demo owner', password });
          owner = { id: user.id, email };
        }
        const built = await buildDemoOrganization(db, {
          name: input.orgName,
          ownerId: owner.id,
          blobs: configuredBlobStore(env),
        });
        return { orgId: built.orgId, ownerEmail: owner.email, password };
      });
      if (flags.json) printJson({ orgId, ...(password ? { owner: { email: ownerEmail, password } } : {}) });
      else
        printLines(
          orgId,
          `created demo organization "${input.orgName}" owned by ${ownerEmail}`,
          ...(password ? [`sign in as ${ownerEmail} with the password ${password} (shown once)`] : []),
        );
    });
}
