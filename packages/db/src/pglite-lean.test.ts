// Issue 17: drizzle on PGlite answers the same without its per-query parsers (pglite-lean.ts), in and out of a
// transaction, for every type drizzle asked to have as text and the common ones around them; and those parsers
// really are left out.
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { date, integer, interval, jsonb, numeric, pgTable, timestamp } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './client.ts';
import { TEXT_TYPES } from './pglite-lean.ts';

// Columns named by their keys: the types drizzle converts itself, and two it leaves to PGlite.
const mapped = { at: timestamp({ withTimezone: true }), localAt: timestamp(), day: date(), span: interval() };
const probes = pgTable('lean_probes', {
  id: integer().primaryKey(),
  ...mapped,
  amount: numeric(),
  data: jsonb(),
});

const DDL = sql`create table lean_probes (id integer primary key, at timestamptz, "localAt" timestamp, day date,
  span interval, amount numeric, data jsonb)`;
const ROWS = [
  {
    id: 1,
    at: new Date('2026-12-04T10:11:12.345Z'),
    localAt: new Date('2026-01-02T03:04:05.678Z'),
    day: '2026-02-28',
    span: '1 day 02:03:04',
    amount: '12345.6789',
    data: { nested: [1, 'two', null], ü: 'Prüfung — 数据' },
  },
  {
    id: 2,
    at: new Date('1999-12-31T23:59:59.999Z'),
    localAt: new Date('2000-01-01T00:00:00.000Z'),
    day: '2000-01-01',
    span: '3 mons -4 days',
    amount: '-0.5',
    data: [],
  },
];
// Every type drizzle asks for as text, arrays included, and a few it leaves to PGlite.
const EVERY_TYPE = sql`select timestamp '2026-01-02 03:04:05.6' as ts, timestamptz '2026-01-02 03:04:05.6+02' as tstz,
  interval '1 year 2 days' as iv, date '2026-03-04' as d, array[1.5, 2]::numeric[] as nums,
  array[timestamp '2026-01-02 03:04']::timestamp[] as tss, array[timestamptz '2026-01-02 03:04+00']::timestamptz[] as tstzs,
  array[interval '1 hour']::interval[] as ivs, array[date '2026-01-02']::date[] as ds, 9007199254740993::int8 as big,
  true as yes, '{"a":[1]}'::jsonb as doc, array['x','y'] as texts, 2.5::numeric as n, null::timestamptz as none`;

let lean: Database;
let plainClient: PGlite;
let plain: ReturnType<typeof drizzle>;
const seen: { parsers?: object }[] = [];

beforeAll(async () => {
  const client = new PGlite();
  // Records the options every statement reaches PGlite with, directly and inside a transaction.
  const query = client.query.bind(client);
  const record = (options: unknown) => seen.push((options ?? {}) as { parsers?: object });
  Object.assign(client, {
    query: (q: string, params?: unknown[], options?: object) => {
      record(options);
      return query(q, params, options);
    },
  });
  const transaction = client.transaction.bind(client);
  Object.assign(client, {
    transaction: (fn: (tx: unknown) => Promise<unknown>) =>
      transaction((tx) =>
        fn(
          new Proxy(tx, {
            get: (t, p) =>
              p === 'query'
                ? (q: string, params?: unknown[], options?: object) => {
                    record(options);
                    return t.query(q, params, options);
                  }
                : Reflect.get(t, p),
          }),
        ),
      ),
  });
  lean = await openDatabase({ engine: 'pglite', pglite: client });
  plainClient = new PGlite();
  plain = drizzle(plainClient);
  for (const db of [lean.db, plain]) {
    await db.execute(DDL);
    await db.insert(probes).values(ROWS);
  }
});
afterAll(async () => {
  await lean?.close();
  await plainClient?.close();
});

describe('drizzle on PGlite without per-query parsers (issue 17)', () => {
  it('answers typed selects, raw statements and writes exactly as drizzle on a plain PGlite', async () => {
    const read = async (db: typeof plain) => ({
      typed: await db.select().from(probes).orderBy(probes.id),
      raw: (await db.execute(EVERY_TYPE)).rows,
      returned: await db.update(probes).set({ amount: '1.25' }).where(sql`${probes.id} = 2`).returning(),
    });
    const ours = await read(lean.db as unknown as typeof plain);
    expect(ours).toEqual(await read(plain));
    // The typed select gives back what was written (else both could be wrong alike).
    expect(ours.typed).toEqual(ROWS);
    expect(ours.raw[0]).toMatchObject({
      ts: '2026-01-02 03:04:05.6',
      d: '2026-03-04',
      big: 9007199254740993n,
    });
  });

  it('answers the same inside a transaction, and commits and rolls back as before', async () => {
    const inTx = (db: typeof plain) =>
      db.transaction(async (tx) => ({
        typed: await tx.select().from(probes).orderBy(probes.id),
        raw: (await tx.execute(EVERY_TYPE)).rows,
      }));
    expect(await inTx(lean.db as unknown as typeof plain)).toEqual(await inTx(plain));
    await expect(
      lean.db.transaction(async (tx) => {
        await tx.update(probes).set({ amount: '-1' });
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    const amounts = await lean.db.select({ amount: probes.amount }).from(probes).orderBy(probes.id);
    expect(amounts.map((r) => r.amount)).toEqual(['12345.6789', '1.25']);
  });

  it('leaves drizzle’s parsers out of every statement, in and out of a transaction', async () => {
    seen.length = 0;
    await lean.db.select().from(probes);
    await lean.db.execute(sql`select 1`);
    await lean.db.transaction(async (tx) => {
      await tx.select().from(probes);
    });
    expect(seen).toHaveLength(3);
    expect(seen.filter((o) => o.parsers !== undefined)).toEqual([]);
    // Drizzle still sends them: the ones it sends are exactly the types the instance now answers as text.
    expect(TEXT_TYPES).toHaveLength(9);
  });
});
