// `aims ledger verify`: recomputes each organization's hash chain (§7.5.3 integrity of documented information).
import type { LedgerVerifyResult } from '@openaims/core';
import { ledgerCheckpointKey, ledgerOrganizations, verifyLedger } from '@openaims/services';
import type { Command } from 'commander';
import { EXIT } from '../support/errors.ts';
import { assertOrganizationExists } from '../support/lookup.ts';
import { printJson, printLines } from '../support/output.ts';
import { type StorageFlags, withDatabase, withDataDirOption } from '../support/storage.ts';

/** One organization's verdict. */
interface OrgVerdict {
  orgId: string;
  ok: boolean;
  count: number;
  brokenAt?: number;
  reason?: string;
  /** Entries up to this sequence number were covered by a signed checkpoint of an earlier run. */
  fromCheckpoint?: number;
}

function verdict(orgId: string, r: LedgerVerifyResult): OrgVerdict {
  const from = r.checkpoint ? { fromCheckpoint: r.checkpoint.seq } : {};
  return r.ok
    ? { orgId, ok: true, count: r.count, ...from }
    : { orgId, ok: false, count: r.count, brokenAt: r.brokenAt, reason: r.reason, ...from };
}

function describe(v: OrgVerdict): string {
  const from = v.fromCheckpoint ? ` (from the signed checkpoint at ${v.fromCheckpoint}; --full for all)` : '';
  return v.ok
    ? `${v.orgId}  ok  ${v.count} entries${from}`
    : `${v.orgId}  BROKEN at seq ${v.brokenAt}: ${v.reason} (${v.count} entries verified before it)`;
}

/** Registers `aims ledger verify`. */
export function registerLedgerCommand(program: Command): void {
  const ledger = program.command('ledger').description('the tamper-evident ledger');
  withDataDirOption(
    ledger
      .command('verify')
      .description(
        'verify the hash chain of every organization (or one) from its latest signed checkpoint (key: AIMS_LEDGER_CHECKPOINT_KEY or AIMS_SECRET); exit 1 when any is broken',
      ),
  )
    .option('--org <id>', 'verify only this organization')
    .option('--full', 'verify every entry from the first, ignoring checkpoints')
    .option('--json', 'print {"ok","organizations":[{orgId,ok,count,brokenAt?,reason?,fromCheckpoint?}]}')
    .action(async (flags: StorageFlags & { org?: string; json?: boolean; full?: boolean }) => {
      const checkpointKey = ledgerCheckpointKey();
      const verdicts = await withDatabase(flags, async ({ db }) => {
        if (flags.org) await assertOrganizationExists(db, flags.org);
        const orgIds = flags.org ? [flags.org] : await ledgerOrganizations(db);
        const out: OrgVerdict[] = [];
        for (const orgId of orgIds)
          out.push(verdict(orgId, await verifyLedger(db, orgId, { full: flags.full, checkpointKey })));
        return out;
      });
      const ok = verdicts.every((v) => v.ok);
      if (flags.json) printJson({ ok, organizations: verdicts });
      else printLines(...(verdicts.length ? verdicts.map(describe) : ['no organization has a ledger yet']));
      if (!ok) process.exitCode = EXIT.failed;
    });
}
