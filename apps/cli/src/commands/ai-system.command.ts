// `aims ai-system …`: the AI inventory from the command line (list, create, get, update, archive), through the
// same services as the API, acting as the system with owner authority (an operator's tool).
import {
  type AiSystem,
  AiSystemFilterSchema,
  CreateAiSystemSchema,
  LIFECYCLE_STAGES,
  ListQuerySchema,
  UpdateAiSystemSchema,
} from '@openaims/core';
import {
  archiveAiSystem,
  createAiSystem,
  getAiSystem,
  listAiSystems,
  updateAiSystem,
} from '@openaims/services';
import type { Command } from 'commander';
import { integerFlag, parseFlags } from '../support/flags.ts';
import { existingOrgContext } from '../support/lookup.ts';
import { printJson, printLines } from '../support/output.ts';
import { type StorageFlags, withDatabase, withDataDirOption } from '../support/storage.ts';

interface OrgFlags extends StorageFlags {
  org: string;
  json?: boolean;
}

function line(s: AiSystem): string {
  return `${s.id}  ${s.lifecycleStage.padEnd(23)}  ${s.name}${s.archivedAt ? '  (archived)' : ''}`;
}

function show(flags: { json?: boolean }, s: AiSystem): void {
  if (flags.json) printJson(s);
  else printLines(line(s), `purpose: ${s.purpose}`, `version ${s.version}, updated ${s.updatedAt}`);
}

const stages = LIFECYCLE_STAGES.join(', ');

/** Registers `aims ai-system list|create|get|update|archive`. */
export function registerAiSystemCommand(program: Command): void {
  const cmd = program.command('ai-system').description('the AI system inventory (ISO/IEC 42001 4.1, A.4)');

  withDataDirOption(cmd.command('list').description('list AI systems, a page at a time'))
    .requiredOption('--org <id>', 'organization id (org_…)')
    .option('--q <text>', 'search name and purpose')
    .option('--stage <stage>', `only this stage: ${stages}`)
    .option('--archived <which>', 'false (default), true or all')
    .option('--sort <field>', 'name, createdAt, updatedAt or lifecycleStage; prefix - for descending')
    .option('--limit <n>', 'page size, 1–500 (default 50)')
    .option('--cursor <cursor>', 'nextCursor of the previous page')
    .option('--json', 'print {items, nextCursor}')
    .action(
      async (
        flags: OrgFlags & {
          q?: string;
          stage?: string;
          archived?: string;
          sort?: string;
          limit?: string;
          cursor?: string;
        },
      ) => {
        const query = {
          ...parseFlags(ListQuerySchema, {
            limit: integerFlag('--limit', flags.limit),
            cursor: flags.cursor,
            q: flags.q,
            sort: flags.sort,
          }),
          ...parseFlags(AiSystemFilterSchema, { stage: flags.stage, archived: flags.archived }),
        };
        const page = await withDatabase(flags, async ({ db }) =>
          listAiSystems(await existingOrgContext(db, flags.org), query),
        );
        if (flags.json) printJson(page);
        else
          printLines(
            ...(page.items.length ? page.items.map(line) : ['no AI systems']),
            ...(page.nextCursor ? [`more: --cursor ${page.nextCursor}`] : []),
          );
      },
    );

  withDataDirOption(cmd.command('create').description('register an AI system'))
    .requiredOption('--org <id>', 'organization id (org_…)')
    .requiredOption('--name <name>', 'name of the system')
    .requiredOption('--purpose <text>', 'what it is for and whom it serves')
    .option('--description <text>', 'longer description')
    .option('--stage <stage>', `life cycle stage: ${stages}`)
    .option('--json', 'print the created system')
    .action(
      async (flags: OrgFlags & { name: string; purpose: string; description?: string; stage?: string }) => {
        const input = parseFlags(
          CreateAiSystemSchema,
          {
            name: flags.name,
            purpose: flags.purpose,
            description: flags.description,
            lifecycleStage: flags.stage,
          },
          { lifecycleStage: '--stage' },
        );
        show(
          flags,
          await withDatabase(flags, async ({ db }) =>
            createAiSystem(await existingOrgContext(db, flags.org), input),
          ),
        );
      },
    );

  withDataDirOption(cmd.command('get').description('show one AI system'))
    .requiredOption('--org <id>', 'organization id (org_…)')
    .requiredOption('--id <id>', 'AI system id (ais_…)')
    .option('--json', 'print the system')
    .action(async (flags: OrgFlags & { id: string }) => {
      show(
        flags,
        await withDatabase(flags, async ({ db }) =>
          getAiSystem(await existingOrgContext(db, flags.org), flags.id),
        ),
      );
    });

  withDataDirOption(cmd.command('update').description('change an AI system'))
    .requiredOption('--org <id>', 'organization id (org_…)')
    .requiredOption('--id <id>', 'AI system id (ais_…)')
    .option('--name <name>', 'new name')
    .option('--purpose <text>', 'new purpose')
    .option('--description <text>', 'new description')
    .option('--stage <stage>', `new life cycle stage: ${stages}`)
    .option('--if-version <n>', 'refuse unless the system is still at this version')
    .option('--json', 'print the updated system')
    .action(
      async (
        flags: OrgFlags & {
          id: string;
          name?: string;
          purpose?: string;
          description?: string;
          stage?: string;
          ifVersion?: string;
        },
      ) => {
        const input = parseFlags(
          UpdateAiSystemSchema,
          {
            name: flags.name,
            purpose: flags.purpose,
            description: flags.description,
            lifecycleStage: flags.stage,
          },
          { lifecycleStage: '--stage' },
        );
        const expected = integerFlag('--if-version', flags.ifVersion);
        show(
          flags,
          await withDatabase(flags, async ({ db }) =>
            updateAiSystem(await existingOrgContext(db, flags.org), flags.id, input, expected),
          ),
        );
      },
    );

  withDataDirOption(cmd.command('archive').description('archive an AI system (kept on record)'))
    .requiredOption('--org <id>', 'organization id (org_…)')
    .requiredOption('--id <id>', 'AI system id (ais_…)')
    .option('--json', 'print {archived: id}')
    .action(async (flags: OrgFlags & { id: string }) => {
      await withDatabase(flags, async ({ db }) =>
        archiveAiSystem(await existingOrgContext(db, flags.org), flags.id),
      );
      if (flags.json) printJson({ archived: flags.id });
      else printLines(`archived ${flags.id}`);
    });
}
