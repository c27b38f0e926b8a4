// `aims verify-pack FILE`: checks an audit pack offline — no server, no database (issue 11). The signature, every
// file's size and SHA-256, missing and extra files, and the ledger excerpt's chain; exit 0, or 1 naming each problem.
import { access } from 'node:fs/promises';
import { describePackResult, verifyPackFile } from '@openaims/services';
import type { Command } from 'commander';
import { badInput, EXIT } from '../support/errors.ts';
import { printJson, printLines } from '../support/output.ts';

/** Registers `aims verify-pack`. */
export function registerVerifyPackCommand(program: Command): void {
  program
    .command('verify-pack')
    .description(
      'verify a signed audit pack (zip) offline; exit 1 naming each altered, missing or extra file',
    )
    .argument('<file>', 'the audit pack zip')
    .option('--fingerprint <hex>', 'also require this signing key (from GET /api/v1/instance-key)')
    .option('--json', 'print {"ok","fingerprint","problems":[{path,problem,detail}]}')
    .action(async (file: string, flags: { fingerprint?: string; json?: boolean }) => {
      await access(file).catch(() => {
        throw badInput(`cannot read ${file}`);
      });
      const r = await verifyPackFile(file, { expectedFingerprint: flags.fingerprint }).catch((e: Error) => ({
        ok: false,
        fingerprint: null,
        problems: [{ path: file, problem: 'altered' as const, detail: `not a readable zip (${e.message})` }],
      }));
      if (flags.json) printJson({ ok: r.ok, fingerprint: r.fingerprint ?? null, problems: r.problems });
      else printLines(...describePackResult(r));
      if (!r.ok) process.exitCode = EXIT.failed;
    });
}
