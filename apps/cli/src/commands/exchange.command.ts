// `aims import <kind> FILE` and `aims export cyclonedx`: inventory files in and out through the same services
// as the API, acting as the system with owner authority (an operator's tool).
import { createWriteStream } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import {
  AuditPackQuerySchema,
  type ImportResult,
  INVENTORY_IMPORT_KINDS,
  InventoryImportKindSchema,
} from '@openaims/core';
import type { Db } from '@openaims/db';
import { configuredBlobStore } from '@openaims/server';
import {
  auditPack,
  exportCycloneDx,
  importInventory,
  type OrgContext,
  SYSTEM_ACTOR,
} from '@openaims/services';
import type { Command } from 'commander';
import { badInput } from '../support/errors.ts';
import { parseFlags } from '../support/flags.ts';
import { assertOrganizationExists } from '../support/lookup.ts';
import { printJson, printLines } from '../support/output.ts';
import { configuredEnv, type StorageFlags, withDatabase, withDataDirOption } from '../support/storage.ts';

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
          exportCycloneDx(await context(db, flags.org)),
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
  const tmp = `${out}.${process.pid}.part`;
  const manifest = await withDatabase(flags, async ({ db }) => {
    const pack = await auditPack(await context(db, flags.org), blobs, query);
    try {
      await pipeline(pack.stream, createWriteStream(tmp));
      return await pack.done;
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  });
  await rename(tmp, out);
  const summary = { file: out, files: manifest.files.length + 1, keyFingerprint: manifest.keyFingerprint };
  if (flags.json) printJson(summary);
  else
    printLines(
      `wrote ${out}: ${summary.files} files, signed with key ${manifest.keyFingerprint}`,
      `verify with: aims verify-pack ${out}   (or node verify.mjs in the unpacked folder)`,
    );
}
