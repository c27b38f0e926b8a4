// `aims import <kind> FILE` and `aims export cyclonedx`: inventory files in and out through the same services
// as the API, acting as the system with owner authority (an operator's tool).
import { readFile, writeFile } from 'node:fs/promises';
import { type ImportResult, INVENTORY_IMPORT_KINDS, InventoryImportKindSchema } from '@openaims/core';
import type { Db } from '@openaims/db';
import { exportCycloneDx, importInventory, type OrgContext, SYSTEM_ACTOR } from '@openaims/services';
import type { Command } from 'commander';
import { badInput } from '../support/errors.ts';
import { parseFlags } from '../support/flags.ts';
import { assertOrganizationExists } from '../support/lookup.ts';
import { printJson, printLines } from '../support/output.ts';
import { type StorageFlags, withDatabase, withDataDirOption } from '../support/storage.ts';

async function context(db: Db, orgId: string): Promise<OrgContext> {
  await assertOrganizationExists(db, orgId);
  return { db, orgId, role: 'owner', actor: SYSTEM_ACTOR };
}

function summary(r: ImportResult): string[] {
  const t = (x: { created: number; updated: number; unchanged: number; skipped: number }) =>
    `${x.created} new, ${x.updated} updated, ${x.unchanged} unchanged${x.skipped ? `, ${x.skipped} archived (kept)` : ''}`;
  return [
    `read as ${r.format}`,
    ...r.items.map(
      (i) =>
        `${i.outcome.padEnd(9)}  ${i.entity.padEnd(8)}  ${i.name}${i.changes?.length ? ` (changes ${i.changes.join(', ')})` : ''}`,
    ),
    ...r.skipped.map((x) => `left out   ${x.name} (${x.location}): ${x.reason}`),
    ...r.notes.map((n) => `note: ${n}`),
    `models: ${t(r.totals.models)}; datasets: ${t(r.totals.datasets)}; suppliers: ${t(r.totals.suppliers)}`,
    ...(r.dryRun ? ['dry run: nothing was written'] : []),
  ];
}

/** Registers `aims import` and `aims export`. */
export function registerExchangeCommands(program: Command): void {
  withDataDirOption(
    program
      .command('import')
      .description('import models, datasets and suppliers from a file')
      .argument('<kind>', INVENTORY_IMPORT_KINDS.join(' | '))
      .argument('<file>', 'the file to read'),
  )
    .requiredOption('--org <id>', 'organization id (org_…)')
    .option('--dry-run', 'show what would change and write nothing')
    .option('--name <name>', 'model name for a card that does not name its model')
    .option('--json', 'print the result as JSON')
    .action(
      async (
        kindArg: string,
        file: string,
        flags: StorageFlags & { org: string; dryRun?: boolean; name?: string; json?: boolean },
      ) => {
        const kind = parseFlags(InventoryImportKindSchema, kindArg, { '': '<kind>' });
        const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
          throw badInput(`cannot read ${file}: ${e.code ?? e.message}`);
        });
        const result = await withDatabase(flags, async ({ db }) =>
          importInventory(await context(db, flags.org), kind, text, {
            dryRun: !!flags.dryRun,
            name: flags.name,
          }),
        );
        if (flags.json) printJson(result);
        else printLines(...summary(result));
      },
    );

  withDataDirOption(
    program.command('export').description('export the inventory').argument('<kind>', 'cyclonedx'),
  )
    .requiredOption('--org <id>', 'organization id (org_…)')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (kind: string, flags: StorageFlags & { org: string; out?: string }) => {
      if (kind !== 'cyclonedx') throw badInput(`unknown export "${kind}"; expected cyclonedx`);
      const bom = await withDatabase(flags, async ({ db }) => exportCycloneDx(await context(db, flags.org)));
      if (flags.out) await writeFile(flags.out, `${JSON.stringify(bom, null, 2)}\n`);
      else printJson(bom);
    });
}
