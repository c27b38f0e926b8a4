// What most service tests check last: the ledger entry the call just wrote (§7.5.3). Tests run one call at a time,
// so it is the organization's newest entry.
import { expect } from 'vitest';
import type { OrgContext } from '../context.ts';
import { listLedger } from '../ledger/ledger.service.ts';

/** Asserts that the organization's newest ledger entry matches `expected` (as `toMatchObject` does). */
export async function expectLatestLedgerEntry(
  ctx: OrgContext,
  expected: Record<string, unknown>,
): Promise<void> {
  const { items } = await listLedger(ctx, { limit: 1 });
  expect(items[0]).toMatchObject(expected);
}
