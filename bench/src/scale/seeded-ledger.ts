// The chain the ledger measurements verify (issue 17): a test database with one organization whose ledger holds
// `entries` bulk-seeded entries, taken from the command line (default 200,000).
import { testDatabase } from '@openaims/db/testing';
import { buildContext } from '@openaims/services/testing/factories';
import { bulkLedger } from './bulk.ts';

/** Seeds the chain, prints how long that took, and returns the database and the organization's context. */
export async function seededLedger(entries = Number(process.argv[2] ?? 200_000)) {
  const database = await testDatabase();
  const ctx = await buildContext(database.db);
  const t = performance.now();
  await bulkLedger(database.db, ctx.orgId, entries);
  console.log(`seeded ${entries} entries in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return { database, ctx };
}
