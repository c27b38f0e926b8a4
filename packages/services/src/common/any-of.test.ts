import type { Database } from '@openaims/db';
import { tables } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkRepository } from '../links/link.repository.ts';
import { loadRiskRegister } from '../risks/risk.export.ts';
import { createRisk } from '../risks/risk.service.ts';
import { taskRepository } from '../tasks/task.repository.ts';
import { buildContext } from '../testing/factories.ts';
import { anyOf } from './any-of.ts';
import { sqlRows } from './sql-rows.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** More values than a statement may bind parameters (65,535). */
const MANY = 70_000;

describe('lists of values bound as one parameter (issue 17)', () => {
  it('matches exactly the values given, whatever their characters; an empty list matches nothing', async () => {
    const odd = [
      'a,b',
      '"quoted"',
      '{braced}',
      'back\\slash',
      'NULL',
      'null',
      ' spaced ',
      'Ünïcode ✓',
      "it's",
      '',
    ];
    const rows = await database.db.execute(
      sql`select v from unnest(${sql.param([...odd, 'absent'])}::text[]) v`,
    );
    expect(sqlRows<{ v: string }>(rows).map((r) => r.v)).toEqual([...odd, 'absent']);
    const picked = await database.db.execute(
      sql`select v from unnest(${sql.param([...odd, 'absent'])}::text[]) v where ${anyOf(sql`v`, odd)}`,
    );
    expect(sqlRows<{ v: string }>(picked).map((r) => r.v)).toEqual(odd);
    const none = await database.db.select().from(tables.users).where(anyOf(tables.users.id, []));
    expect(none).toEqual([]);
  });

  it(`reads links and tasks of ${MANY.toLocaleString('en')} records in one statement each`, async () => {
    const ctx = await buildContext(database.db);
    const risk = await createRisk(ctx, {
      title: 'Real',
      likelihood: 1,
      consequence: 1,
      controlRefs: ['A.5.2'],
    });
    const ids = [risk.id, ...Array.from({ length: MANY }, (_, i) => `risk_absent_${i}`)];
    const links = await linkRepository(database.db).linksOfMany(ctx.orgId, 'risk', ids, 'control');
    expect([...links]).toEqual([[risk.id, ['A.5.2']]]);
    expect(await taskRepository(database.db).listBySource(ctx.orgId, 'risk', ids)).toEqual([]);
  });

  it('loads a risk register longer than a statement has parameters', async () => {
    const ctx = await buildContext(database.db);
    const first = await createRisk(ctx, {
      title: 'Risk',
      likelihood: 2,
      consequence: 3,
      controlRefs: ['A.5.2'],
    });
    // 33,000 copies of it, each linked to the control: hydrating the register binds every id twice (links either
    // way), 66,001 values, past the 65,535 parameters a statement may carry.
    const columns = sqlRows<{ name: string }>(
      await database.db.execute(sql`
        select column_name as name from information_schema.columns
        where table_name = 'risks' and is_generated = 'NEVER' and column_name <> 'id'`),
    ).map((c) => sql.identifier(c.name));
    const list = sql.join(columns, sql`, `);
    await database.db.execute(sql`
      insert into risks (id, ${list})
      select 'risk_copy_' || lpad(g::text, 6, '0'), ${list}
      from risks r, generate_series(1, 33000) g where r.id = ${first.id}`);
    await database.db.execute(sql`
      insert into entity_links (id, organization_id, from_type, from_id, to_type, to_id, relation, created_at)
      select 'lnk_copy_' || g, ${ctx.orgId}, 'risk', 'risk_copy_' || lpad(g::text, 6, '0'), 'control', 'A.5.2', 'related', now()
      from generate_series(1, 33000) g`);
    // What the register's workbook, PDF and the audit pack read (before, the statement failed at 32,768 risks).
    const register = await loadRiskRegister(ctx);
    expect(register.count).toBe(33_001);
    const refs = new Set<string>();
    for (let i = 0; i < register.count; i++) refs.add(register.risk(i).controlRefs.join());
    expect([...refs]).toEqual(['A.5.2']);
  });
});
