// Times the SoA list and readiness on bulk-seeded risks (issue 17): `node --import tsx
// bench/src/scale/measure-soa.ts [risks] [linksPerRisk]`; AIMS_TEST_ENGINE=postgres with DATABASE_URL for
// PostgreSQL. Prints the median of 5 and the size of the SoA answer.
import { testDatabase } from '@openaims/db/testing';
import { getReadiness, listSoaEntries } from '@openaims/services';
import { buildContext } from '@openaims/services/testing/factories';
import { bulkRisks } from './bulk.ts';

const count = Number(process.argv[2] ?? 5000);
const linksPerRisk = Number(process.argv[3] ?? 2);
const database = await testDatabase();
const ctx = await buildContext(database.db);
await bulkRisks(ctx, count, linksPerRisk);
const median = async (name: string, fn: () => Promise<unknown>) => {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    const out = await fn();
    if (i > 0) times.push(performance.now() - t);
    bytes = JSON.stringify(out).length;
  }
  times.sort((a, b) => a - b);
  console.log(`${name}: median ${times[2]!.toFixed(1)} ms, answer ${(bytes / 1024).toFixed(0)} kB`);
};
await median('soa list', () => listSoaEntries(ctx, { limit: 100 }));
await median('readiness', () => getReadiness(ctx));
console.log(`${process.env.AIMS_TEST_ENGINE ?? 'pglite'}: ${count} risks x ${linksPerRisk} links`);
await database.close();
