// Times `verifyLedger` on a bulk-seeded chain (issue 17): `node --import tsx bench/src/scale/measure-ledger.ts
// [entries]`; AIMS_TEST_ENGINE=postgres with DATABASE_URL for PostgreSQL. Prints the verdict and the median of 3.
import { verifyLedger } from '@openaims/services';
import { seededLedger } from './seeded-ledger.ts';

const { database, ctx } = await seededLedger();
const times: number[] = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const result = await verifyLedger(database.db, ctx.orgId);
  times.push(performance.now() - t);
  console.log(JSON.stringify(result), `${(times[i]! / 1000).toFixed(2)} s`);
}
times.sort((a, b) => a - b);
console.log(
  `${process.env.AIMS_TEST_ENGINE ?? 'pglite'}: median ${(times[1]! / 1000).toFixed(2)} s, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB`,
);
await database.close();
