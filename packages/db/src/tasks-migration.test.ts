// The 0009_tasks migration moves risks.treatment_actions into tasks (§6.1.3). Applied by hand here: migrations
// up to 0008, a risk with JSON actions as the old code wrote them, then 0009; on PGlite and on PostgreSQL.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from './client.ts';
import { testEngine } from './testing.ts';

interface Exec {
  run(sql: string): Promise<void>;
  rows<T>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

async function freshDatabase(): Promise<Exec> {
  if (testEngine() === 'pglite') {
    const db = new PGlite();
    return {
      run: async (sql) => void (await db.exec(sql)),
      rows: async <T>(sql: string) => (await db.query<T>(sql)).rows,
      close: () => db.close(),
    };
  }
  const url = process.env.DATABASE_URL!;
  const name = `aims_mig_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  return {
    run: async (sql) => void (await c.query(sql)),
    rows: async <T>(sql: string) => (await c.query(sql)).rows as T[],
    close: async () => {
      await c.end();
      await admin.query(`drop database if exists "${name}"`);
      await admin.end();
    },
  };
}

async function apply(db: Exec, file: string) {
  const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8');
  for (const stmt of sql.split('--> statement-breakpoint')) if (stmt.trim()) await db.run(stmt);
}

const files = fs
  .readdirSync(MIGRATIONS_DIR)
  .filter((f) => f.endsWith('.sql'))
  .sort();
const upTo = files.indexOf('0009_tasks.sql');

let db: Exec;
beforeAll(async () => {
  db = await freshDatabase();
  for (const f of files.slice(0, upTo)) await apply(db, f);
  const actions = [
    {
      id: 'rta_01jd8x0000abcdefghjkmnpqrs',
      description: 'Add a human review step',
      ownerId: 'usr_a',
      dueDate: '2026-12-31',
      status: 'open',
    },
    {
      id: 'rta_01jd8x0000zzzzzzzzzzzzzzzz',
      description: 'Retrain on balanced data',
      ownerId: null,
      dueDate: '2026-02-31',
      status: 'done',
    },
    { description: 'x'.repeat(400), ownerId: null, dueDate: null, status: 'open' },
  ];
  const row = (id: string, org: string, json: string) =>
    `('${id}', '${org}', '2026-01-05T10:00:00Z', '2026-01-06T10:00:00Z', 'R ${id}', 2, 2, 4, 'low', 'rcv_x', 1, '${json}'::jsonb)`;
  await db.run(`insert into risks (id, organization_id, created_at, updated_at, title, likelihood, consequence,
    inherent_score, inherent_level, criteria_id, criteria_version, treatment_actions) values
    ${row('risk_one', 'org_a', JSON.stringify(actions))}, ${row('risk_two', 'org_b', '[]')}`);
  await apply(db, files[upTo]!);
});
afterAll(async () => {
  await db?.close();
});

describe('0009_tasks data move', () => {
  it('turns every treatment action into a treatment task of its risk and organization', async () => {
    const tasks = await db.rows<Record<string, unknown>>(
      `select id, organization_id, title, description, owner_id, to_char(due_date, 'YYYY-MM-DD') as due,
        status, kind, source_type, source_id, completed_at is not null as completed, version
       from tasks order by title`,
    );
    expect(tasks).toHaveLength(3);
    const byTitle = new Map(tasks.map((t) => [String(t.title).slice(0, 10), t]));
    expect(byTitle.get('Add a huma')).toMatchObject({
      id: 'tsk_01jd8x0000abcdefghjkmnpqrs',
      organization_id: 'org_a',
      owner_id: 'usr_a',
      due: '2026-12-31',
      status: 'open',
      kind: 'treatment',
      source_type: 'risk',
      source_id: 'risk_one',
      completed: false,
      version: 1,
    });
    // An impossible date the old check let through becomes null; `done` keeps its completion.
    expect(byTitle.get('Retrain on')).toMatchObject({ due: null, status: 'done', completed: true });
    // A long description: the title is its first 300 characters, the description keeps it whole.
    const long = byTitle.get('xxxxxxxxxx')!;
    expect(String(long.title)).toHaveLength(300);
    expect(String(long.description)).toHaveLength(400);
    expect(String(long.id)).toMatch(/^tsk_[0-9a-f]{26}$/);
  });

  it('drops the column', async () => {
    const cols = await db.rows<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name = 'risks'`,
    );
    const names = cols.map((c) => c.column_name);
    expect(names).not.toContain('treatment_actions');
    expect(names).toEqual(expect.arrayContaining(['treatment_approved_by', 'treatment_approved_at']));
  });
});
