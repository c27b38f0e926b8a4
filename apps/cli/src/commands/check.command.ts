// `aims check --org ID [--json]`: the CI gate (DESIGN §4). Runs core's check rules over one organization and
// exits 0 when every rule passes, 1 when any fails (naming the records), 2 on bad input (an unknown organization
// is bad input, never mistaken for a failed rule).
import { type CheckReport, type CheckResult, isAppError } from '@openaims/core';
import { checkOrganization } from '@openaims/services';
import type { Command } from 'commander';
import { badInput, EXIT } from '../support/errors.ts';
import { assertOrganizationExists, operatorContext } from '../support/lookup.ts';
import { printJson, printLines } from '../support/output.ts';
import { type StorageFlags, withDatabase, withDataDirOption } from '../support/storage.ts';

function describeCheck(c: CheckResult): string[] {
  const head = `${c.ok ? 'PASS' : 'FAIL'}  ${c.title} (ISO/IEC 42001 ${c.clause})`;
  return [head, ...c.records.map((r) => `      ${r.type} ${r.id} "${r.name}": ${r.problem}`)];
}

function summary(r: CheckReport): string {
  const failed = r.checks.filter((c) => !c.ok).length;
  return failed === 0
    ? `all ${r.checks.length} checks passed`
    : `${failed} of ${r.checks.length} checks failed`;
}

/** Registers `aims check`. */
export function registerCheckCommand(program: Command): void {
  withDataDirOption(
    program
      .command('check')
      .description(
        'CI gate: exit 1 when a rule fails (e.g. an AI system in deployment without an approved impact assessment), 2 on bad input',
      ),
  )
    .requiredOption('--org <id>', 'organization id (org_…)')
    .option('--json', 'print {"ok","checks":[{key,title,clause,ok,records:[{type,id,name,problem}]}]}')
    .action(async (flags: StorageFlags & { org: string; json?: boolean }) => {
      const report = await withDatabase(flags, async ({ db }) => {
        try {
          await assertOrganizationExists(db, flags.org);
        } catch (e) {
          if (isAppError(e) && e.code === 'NOT_FOUND') throw badInput(e.message);
          throw e;
        }
        return checkOrganization(operatorContext(db, flags.org));
      });
      if (flags.json) printJson(report);
      else printLines(...report.checks.flatMap(describeCheck), summary(report));
      if (!report.ok) process.exitCode = EXIT.failed;
    });
}
