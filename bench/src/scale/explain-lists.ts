// Prints the plan of the hot list queries at a few thousand rows, to check each sort walks an index (issue 17).
import { testDatabase } from '@openaims/db/testing';
import { buildContext } from '@openaims/services/testing/factories';
import { sql } from 'drizzle-orm';
import { bulkAiSystems, bulkRisks } from './bulk.ts';

const database = await testDatabase();
const ctx = await buildContext(database.db);
await bulkRisks(ctx, 5000, 2);
await bulkAiSystems(ctx, 3000);
// EXPLAIN_WITHOUT=1 drops the indexes of migration 0025 first, to show the plan before it.
if (process.env.EXPLAIN_WITHOUT)
  await database.db.execute(
    sql`drop index risks_org_score_idx, risks_org_updated_idx, ai_systems_org_stage_idx`,
  );
await database.db.execute(sql`analyze`);
const o = ctx.orgId;
const queries: [string, ReturnType<typeof sql>][] = [
  [
    'risks by score',
    sql`select * from risks where organization_id = ${o} order by inherent_score desc, id desc limit 51`,
  ],
  [
    'risks by score, cursor',
    sql`select * from risks where organization_id = ${o} and (inherent_score, id) < (12, 'risk_bulk00002000') order by inherent_score desc, id desc limit 51`,
  ],
  [
    'risks by updated',
    sql`select * from risks where organization_id = ${o} order by updated_at desc, id desc limit 51`,
  ],
  [
    'risks of a system',
    sql`select * from risks where organization_id = ${o} and ai_system_id = 'x' order by created_at desc, id desc limit 51`,
  ],
  [
    'ai systems by stage',
    sql`select * from ai_systems where organization_id = ${o} order by lifecycle_stage asc, id asc limit 51`,
  ],
];
for (const [name, q] of queries) {
  const r = await database.db.execute(sql`explain analyze ${q}`);
  const rows = ((r as { rows?: unknown }).rows ?? r) as { 'QUERY PLAN': string }[];
  console.log(`== ${name}\n${rows.map((x) => x['QUERY PLAN']).join('\n')}`);
}
await database.close();
