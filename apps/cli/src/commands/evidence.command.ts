// `aims evidence verify --org ID`: re-hashes every stored evidence file of an organization (issue 11, §7.5.3
// integrity of documented information); names each altered or missing file and exits 1 when any.

import { configuredBlobStore } from '@openaims/server';
import { verifyEvidenceFiles } from '@openaims/services';
import type { Command } from 'commander';
import { EXIT } from '../support/errors.ts';
import { assertOrganizationExists } from '../support/lookup.ts';
import { printJson, printLines } from '../support/output.ts';
import { configuredEnv, type StorageFlags, withDatabase, withDataDirOption } from '../support/storage.ts';

/** Registers `aims evidence verify`. */
export function registerEvidenceCommand(program: Command): void {
  const evidence = program.command('evidence').description('stored evidence files');
  withDataDirOption(
    evidence
      .command('verify')
      .description('re-hash every stored evidence file of an organization; exit 1 naming each bad one'),
  )
    .requiredOption('--org <id>', 'organization id (org_…)')
    .option('--json', 'print {"ok","checked","problems":[{evidenceId,title,sha256,problem,detail}]}')
    .action(async (flags: StorageFlags & { org: string; json?: boolean }) => {
      const env = configuredEnv({ AIMS_DATA_DIR: flags.dataDir });
      const result = await withDatabase(flags, async ({ db }) => {
        await assertOrganizationExists(db, flags.org);
        return verifyEvidenceFiles(db, configuredBlobStore(env), flags.org);
      });
      if (flags.json) printJson(result);
      else
        printLines(
          ...result.problems.map(
            (p) =>
              `${p.problem.toUpperCase().padEnd(8)} ${p.evidenceId}  ${p.title}  (${p.sha256}): ${p.detail}`,
          ),
          result.ok
            ? `ok: ${result.checked} evidence files verified`
            : `FAILED: ${result.problems.length} of ${result.checked} evidence files do not hold`,
        );
      if (!result.ok) process.exitCode = EXIT.failed;
    });
}
