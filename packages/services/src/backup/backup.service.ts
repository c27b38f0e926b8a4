// Backup and restore (issue 11; §7.5.3 documented information protected against loss): every table's rows,
// versions and ledger, and every evidence file, in one zip with a manifest of hashes. Rows travel as JSON made by
// PostgreSQL itself (`row_to_json`) and come back through `json_populate_recordset`, so a backup taken on one
// engine restores on the other with the same values. A damaged file is refused before anything is written.
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { AppError } from '@openaims/core';
import type { Db, Engine } from '@openaims/db';
import { sql } from 'drizzle-orm';
import { PackWriter } from '../audit-pack/pack-writer.ts';
import { zipPackSource } from '../audit-pack/zip-source.ts';
import { sqlRows } from '../common/sql-rows.ts';
import type { BlobStore } from '../evidence/blob-store.ts';

/** The format name in every backup's `backup.json`. */
export const BACKUP_FORMAT = 'openaims-backup/1';
const MANIFEST = 'backup.json';
const BATCH = 2000;
const SHA256 = /^[0-9a-f]{64}$/;

/** `backup.json`: what the backup holds, each file's size and SHA-256. */
export interface BackupManifest {
  format: string;
  createdAt: string;
  engine: Engine;
  /** The organization of an `--org` backup; null for the whole instance. */
  organizationId: string | null;
  /** The last migration applied where the backup was taken (a restore needs the same schema). */
  schema: string | null;
  tables: { name: string; rows: number; path: string }[];
  evidence: { sha256: string; path: string }[];
  files: { path: string; size: number; sha256: string }[];
}

/** What a restore loaded. */
export interface RestoreResult {
  organizationId: string | null;
  tables: { name: string; rows: number }[];
  evidenceFiles: number;
}

const ident = (name: string) => sql.identifier(name);
type Row = Record<string, unknown>;

/**
 * Derived state rebuilt from other tables, never backed up: restoring the rows recreates it (the SoA draft's and
 * the collection revisions' triggers fire on the restored rows), so a copy would only collide with what they wrote
 * (issue 17).
 */
const DERIVED_TABLES = new Set(['soa_draft_state', 'collection_revisions']);

/** Base tables of the `public` schema with whether each has `organization_id` (derived state left out). */
async function tablesOf(db: Db): Promise<{ name: string; tenant: boolean }[]> {
  const rows = sqlRows<Row>(
    await db.execute(sql`
      select t.table_name as name,
             exists (select 1 from information_schema.columns c
                     where c.table_schema = 'public' and c.table_name = t.table_name
                       and c.column_name = 'organization_id') as tenant
      from information_schema.tables t
      where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
      order by t.table_name`),
  );
  return rows
    .filter((r) => !DERIVED_TABLES.has(String(r.name)))
    .map((r) => ({ name: String(r.name), tenant: r.tenant === true || r.tenant === 't' }));
}

/** Tables ordered so that every foreign key's target comes before the table that refers to it. */
async function insertOrder(db: Db, names: string[]): Promise<string[]> {
  const fks = sqlRows<Row>(
    await db.execute(sql`
      select conrelid::regclass::text as child, confrelid::regclass::text as parent
      from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`),
  ).map((r) => ({ child: String(r.child).replace(/"/g, ''), parent: String(r.parent).replace(/"/g, '') }));
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (n: string, path: Set<string>) => {
    if (seen.has(n) || path.has(n)) return;
    path.add(n);
    for (const fk of fks)
      if (fk.child === n && fk.parent !== n && names.includes(fk.parent)) visit(fk.parent, path);
    seen.add(n);
    out.push(n);
  };
  for (const n of names) visit(n, new Set());
  return out;
}

async function lastMigration(db: Db): Promise<string | null> {
  try {
    const [r] = sqlRows<Row>(
      await db.execute(sql`select hash from drizzle.__drizzle_migrations order by created_at desc limit 1`),
    );
    return r ? String(r.hash) : null;
  } catch {
    return null;
  }
}

/** The rows of one table that belong in the backup: all of it, or the organization's share. */
function scopeWhere(table: { name: string; tenant: boolean }, orgId: string | null) {
  if (!orgId) return sql``;
  if (table.tenant) return sql` where organization_id = ${orgId}`;
  if (table.name === 'organizations') return sql` where id = ${orgId}`;
  const members = sql`select user_id from members where organization_id = ${orgId}`;
  if (table.name === 'users') return sql` where id in (${members})`;
  if (table.name === 'identities') return sql` where user_id in (${members})`;
  return null; // sessions, sign-in attempts, instance keys: not an organization's data
}

/**
 * Streams a backup of the whole instance, or of one organization. Reads happen inside one read-only,
 * repeatable-read transaction, so rows, ledger and evidence list are one consistent snapshot.
 */
export function writeBackup(
  database: { db: Db; engine: Engine },
  blobs: BlobStore,
  opts: { orgId?: string } = {},
): { stream: Readable; done: Promise<BackupManifest> } {
  const createdAt = new Date();
  const writer = new PackWriter(createdAt);
  const orgId = opts.orgId ?? null;
  const done = database.db.transaction(
    async (tx) => {
      const manifest: BackupManifest = {
        format: BACKUP_FORMAT,
        createdAt: createdAt.toISOString(),
        engine: database.engine,
        organizationId: orgId,
        schema: await lastMigration(tx),
        tables: [],
        evidence: [],
        files: [],
      };
      for (const table of await tablesOf(tx)) {
        const where = scopeWhere(table, orgId);
        if (!where) continue;
        let rows = 0;
        // One scan of the table through a cursor, BATCH rows a fetch. Pages by `offset` read and sorted the table
        // again for every page: a million ledger entries took minutes (issue 17).
        async function* lines(): AsyncGenerator<Buffer> {
          await tx.execute(
            sql`declare backup_rows no scroll cursor for select row_to_json(t)::text as j from ${ident(table.name)} t${where}`,
          );
          try {
            for (;;) {
              const batch = sqlRows<Row>(
                await tx.execute(sql`fetch forward ${sql.raw(String(BATCH))} from backup_rows`),
              );
              if (!batch.length) return;
              rows += batch.length;
              yield Buffer.from(`${batch.map((r) => r.j).join('\n')}\n`);
              if (batch.length < BATCH) return;
            }
          } finally {
            await tx.execute(sql`close backup_rows`);
          }
        }
        const path = `tables/${table.name}.jsonl`;
        await writer.addStream(path, Readable.from(lines()));
        manifest.tables.push({ name: table.name, rows, path });
      }
      const hashes = sqlRows<Row>(
        await tx.execute(
          sql`select distinct sha256 from evidence where sha256 is not null${orgId ? sql` and organization_id = ${orgId}` : sql``} order by sha256`,
        ),
      ).map((r) => String(r.sha256));
      for (const sha256 of hashes) {
        const stream = await blobs.read(sha256).catch(() => {
          throw new AppError(
            'INTERNAL',
            `Evidence file ${sha256} is missing from the evidence store; run aims evidence verify to see which records use it.`,
          );
        });
        const path = `evidence/${sha256}`;
        await writer.addStream(path, Readable.fromWeb(stream as never));
        manifest.evidence.push({ sha256, path });
      }
      manifest.files = [...writer.files];
      writer.addBytes(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
      writer.end();
      return manifest;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  done.catch((e: Error) => writer.fail(e));
  return { stream: writer.output, done };
}

/**
 * Checks a backup file without loading it: the manifest, and every file's size and SHA-256. Resolves to the
 * manifest, or throws naming each damaged, missing or unexpected file.
 */
export async function checkBackup(file: string): Promise<BackupManifest> {
  const source = await zipPackSource(file).catch((e: Error) => {
    throw new AppError('VALIDATION_FAILED', `${file} is not a readable backup (${e.message}).`);
  });
  try {
    const names = new Set(await source.list());
    let manifest: BackupManifest;
    try {
      manifest = JSON.parse(await source.readText(MANIFEST)) as BackupManifest;
      if (manifest.format !== BACKUP_FORMAT || !Array.isArray(manifest.files)) throw new Error('format');
    } catch {
      throw new AppError(
        'VALIDATION_FAILED',
        `${file} has no readable ${MANIFEST}; it is not an OpenAIMS backup.`,
      );
    }
    const problems: string[] = [];
    const listed = new Set(manifest.files.map((f) => f.path));
    for (const f of manifest.files) {
      if (!names.has(f.path)) {
        problems.push(`${f.path}: missing`);
        continue;
      }
      const got = await source.hash(f.path).catch(() => null);
      if (!got || got.sha256 !== f.sha256 || got.size !== f.size)
        problems.push(`${f.path}: damaged (hash or size differs)`);
    }
    for (const n of names)
      if (n !== MANIFEST && !listed.has(n)) problems.push(`${n}: not listed in ${MANIFEST}`);
    for (const t of manifest.tables)
      if (!/^[a-z_][a-z0-9_]*$/.test(t.name) || !listed.has(t.path))
        problems.push(`${t.path}: unexpected table entry`);
    for (const e of manifest.evidence)
      if (!SHA256.test(e.sha256) || !listed.has(e.path))
        problems.push(`${e.path}: unexpected evidence entry`);
    if (problems.length)
      throw new AppError('RULE_VIOLATION', `The backup ${file} is damaged; nothing was restored.`, {
        errors: problems.map((p) => ({ path: p.split(':')[0]!, message: p })),
      });
    return manifest;
  } finally {
    source.close();
  }
}

/**
 * Loads a checked backup into an empty instance: evidence files first (each re-hashed as it is stored), then
 * every table in foreign-key order in one transaction, so a failure leaves the instance empty.
 */
export async function restoreBackup(db: Db, blobs: BlobStore, file: string): Promise<RestoreResult> {
  const manifest = await checkBackup(file);
  const here = new Map((await tablesOf(db)).map((t) => [t.name, t]));
  const unknown = manifest.tables.filter((t) => !here.has(t.name)).map((t) => t.name);
  if (unknown.length)
    throw new AppError(
      'RULE_VIOLATION',
      `This instance has no table ${unknown.join(', ')}: the backup comes from a newer version. Upgrade, then restore.`,
    );
  for (const t of ['organizations', 'users']) {
    const [r] = sqlRows<Row>(await db.execute(sql`select exists (select 1 from ${ident(t)}) as used`));
    if (r?.used === true || r?.used === 't')
      throw new AppError(
        'CONFLICT',
        `Restore needs an empty instance, and this one already has ${t}. Point AIMS_DATA_DIR or DATABASE_URL at a new, empty one.`,
      );
  }
  const source = await zipPackSource(file);
  try {
    for (const e of manifest.evidence) {
      const parts: Buffer[] = [];
      for await (const chunk of await source.open(e.path)) parts.push(chunk as Buffer);
      const stored = await blobs.put(Buffer.concat(parts));
      if (stored.sha256 !== e.sha256)
        throw new AppError('RULE_VIOLATION', `${e.path} does not hash to its name.`);
    }
    const order = await insertOrder(
      db,
      manifest.tables.map((t) => t.name),
    );
    const byName = new Map(manifest.tables.map((t) => [t.name, t]));
    const loaded: RestoreResult['tables'] = [];
    await db.transaction(async (tx) => {
      for (const name of order) {
        const t = byName.get(name)!;
        let batch: string[] = [];
        let rows = 0;
        const flush = async () => {
          if (!batch.length) return;
          await tx.execute(
            sql`insert into ${ident(name)} select * from json_populate_recordset(null::${ident(name)}, ${`[${batch.join(',')}]`}::json)`,
          );
          rows += batch.length;
          batch = [];
        };
        for await (const line of readline.createInterface({
          input: await source.open(t.path),
          crlfDelay: Number.POSITIVE_INFINITY,
        })) {
          if (!line.trim()) continue;
          batch.push(line);
          if (batch.length >= 500) await flush();
        }
        await flush();
        if (rows !== t.rows)
          throw new AppError('RULE_VIOLATION', `${t.path} holds ${rows} rows, the manifest says ${t.rows}.`);
        loaded.push({ name, rows });
      }
    });
    return {
      organizationId: manifest.organizationId,
      tables: loaded,
      evidenceFiles: manifest.evidence.length,
    };
  } finally {
    source.close();
  }
}
