// `aims import <kind> FILE` and `aims export cyclonedx`: inventory files in and out through the same services
// as the API, acting as the system with owner authority (an operator's tool).
import { rename, writeFile } from 'node:fs/promises';
import {
  AuditPackQuerySchema,
  type ImportResult,
  INVENTORY_IMPORT_KINDS,
  InventoryImportKindSchema,
} from '@openaims/core';
import { configuredBlobStore } from '@openaims/server';
import { auditPack, exportCycloneDx, importInventory } from '@openaims/services';
import type { Command } from 'commander';
import { badInput } from '../support/errors.ts';
import { partFileOf, readInputFile, streamToPart } from '../support/files.ts';
import { parseFlags } from '../support/flags.ts';
import { existingOrgContext } from '../support/lookup.ts';
import { printJson, printLines } from '../support/output.ts';
import { configuredEnv, type StorageFlags, withDatabase, withDataDirOption } from '../support/storage.ts';

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
        const text = await readInputFile(file);
        const result = await withDatabase(flags, async ({ db }) =>
          importInventory(await existingOrgContext(db, flags.org), kind, text, {
            dryRun: !!flags.dryRun,
            name: flags.name,
          }),
        );
        if (flags.json) printJson(result);
        else printLines(...summary(result));
      },
    );

  withDataDirOption(
    program
      .command('export')
      .description('export the inventory (cyclonedx) or the signed audit pack (audit-pack)')
      .argument('<kind>', 'cyclonedx | audit-pack'),
  )
    .requiredOption('--org <id>', 'organization id (org_…)')
    .option('--out <file>', 'write to this file instead of standard output (required for audit-pack)')
    .option(
      '--from <date>',
      'audit-pack: first day of the audit period (YYYY-MM-DD; default: from the start)',
    )
    .option('--to <date>', 'audit-pack: last day of the audit period (YYYY-MM-DD; default: today)')
    .option('--json', 'audit-pack: print {"file","files","sha256"} when done')
    .action(
      async (
        kind: string,
        flags: StorageFlags & { org: string; out?: string; from?: string; to?: string; json?: boolean },
      ) => {
        if (kind === 'audit-pack') return exportAuditPack(flags);
        if (kind !== 'cyclonedx')
          throw badInput(`unknown export "${kind}"; expected cyclonedx or audit-pack`);
        const bom = await withDatabase(flags, async ({ db }) =>
          exportCycloneDx(await existingOrgContext(db, flags.org)),
        );
        if (flags.out) await writeFile(flags.out, `${JSON.stringify(bom, null, 2)}\n`);
        else printJson(bom);
      },
    );
}

/** `aims export audit-pack`: streams the pack to a temporary file beside --out and renames it when complete. */
async function exportAuditPack(
  flags: StorageFlags & { org: string; out?: string; from?: string; to?: string; json?: boolean },
): Promise<void> {
  if (!flags.out) throw badInput('--out: the audit pack is a zip file; say where to write it');
  const out = flags.out;
  const query = parseFlags(AuditPackQuerySchema, { from: flags.from, to: flags.to });
  const blobs = configuredBlobStore(configuredEnv({ AIMS_DATA_DIR: flags.dataDir }));
  const part = partFileOf(out);
  const manifest = await withDatabase(flags, async ({ db }) =>
    streamToPart(await auditPack(await existingOrgContext(db, flags.org), blobs, query), part),
  );
  await rename(part, out);
  const summary = { file: out, files: manifest.files.length + 1, keyFingerprint: manifest.keyFingerprint };
  if (flags.json) printJson(summary);
  else
    printLines(
      `wrote ${out}: ${summary.files} files, signed with key ${manifest.keyFingerprint}`,
      `verify with: aims verify-pack ${out}   (or node verify.mjs in the unpacked folder)`,
    );
}
