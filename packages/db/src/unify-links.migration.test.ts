// Migration 0010_unify_links folds inventory_links into entity_links: existing inventory links must survive with their
// relation, typed ends and organization, and the old table must be gone.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from './client.ts';

const files = fs
  .readdirSync(MIGRATIONS_DIR)
  .filter((f) => f.endsWith('.sql'))
  .sort();
const target = files.find((f) => f.includes('unify_links'))!;

async function apply(db: PGlite, file: string) {
  const text = fs.readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8');
  for (const statement of text.split('--> statement-breakpoint'))
    if (statement.trim()) await db.exec(statement);
}

let db: PGlite;
beforeAll(async () => {
  db = new PGlite();
  for (const f of files.slice(0, files.indexOf(target))) await apply(db, f);
});
afterAll(async () => {
  await db?.close();
});

describe('migration unify_links', () => {
  it('copies every inventory link into entity_links with its relation and record types, then drops the old table', async () => {
    const at = '2026-01-02T03:04:05Z';
    await db.query(
      `insert into inventory_links (organization_id, from_id, relation, to_id, created_at) values
        ('org_a', 'ais_1', 'uses_model', 'mdl_1', $1), ('org_a', 'ais_1', 'uses_dataset', 'dst_1', $1),
        ('org_a', 'ais_1', 'supplied_by', 'sup_1', $1), ('org_a', 'mdl_1', 'trained_on', 'dst_1', $1),
        ('org_a', 'mdl_1', 'tested_on', 'dst_1', $1), ('org_b', 'ais_9', 'uses_model', 'mdl_9', $1)`,
      [at],
    );
    await db.query(
      `insert into entity_links (id, organization_id, from_type, from_id, to_type, to_id, created_at)
       values ('lnk_x', 'org_a', 'risk', 'risk_1', 'control', 'A.6.2.4', $1)`,
      [at],
    );
    await apply(db, target);
    const rows = (
      await db.query<{ o: string; ft: string; f: string; r: string; tt: string; t: string; id: string }>(
        `select organization_id o, from_type ft, from_id f, relation r, to_type tt, to_id t, id from entity_links
         order by organization_id, from_id, relation, to_id`,
      )
    ).rows;
    expect(rows.map(({ id: _id, ...r }) => r)).toEqual([
      { o: 'org_a', ft: 'ai_system', f: 'ais_1', r: 'supplied_by', tt: 'supplier', t: 'sup_1' },
      { o: 'org_a', ft: 'ai_system', f: 'ais_1', r: 'uses_dataset', tt: 'dataset', t: 'dst_1' },
      { o: 'org_a', ft: 'ai_system', f: 'ais_1', r: 'uses_model', tt: 'model', t: 'mdl_1' },
      { o: 'org_a', ft: 'model', f: 'mdl_1', r: 'tested_on', tt: 'dataset', t: 'dst_1' },
      { o: 'org_a', ft: 'model', f: 'mdl_1', r: 'trained_on', tt: 'dataset', t: 'dst_1' },
      { o: 'org_a', ft: 'risk', f: 'risk_1', r: 'related', tt: 'control', t: 'A.6.2.4' },
      { o: 'org_b', ft: 'ai_system', f: 'ais_9', r: 'uses_model', tt: 'model', t: 'mdl_9' },
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.every((r) => r.id.startsWith('lnk_'))).toBe(true);
    const left = await db.query(`select to_regclass('inventory_links') as t`);
    expect(left.rows).toEqual([{ t: null }]);
  });
});
