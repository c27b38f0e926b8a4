// Runs the real `aims` binary in a child process against a fresh database of the engine under test:
// a temporary PGlite data directory, or a new PostgreSQL database created from DATABASE_URL.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Database, openDatabase } from '@openaims/db';
import { adminQuery, withDatabaseName } from '@openaims/db/postgres-admin';
import { testEngine } from '@openaims/db/testing';
import { sql } from 'drizzle-orm';

/** The repository root (the CLI runs from there, as `npx aims` does). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const BIN = path.join(REPO_ROOT, 'apps/cli/bin/aims.mjs');

/** What one CLI run printed and how it ended. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A CLI bound to one fresh database. */
export interface CliHarness {
  engine: 'pglite' | 'postgres';
  /** The PGlite data directory (also set for PostgreSQL, where the CLI ignores it). */
  dataDir: string;
  /** Runs `aims …args`; killed after `timeoutMs`; `env` adds variables for this run. */
  run(args: string[], opts?: { timeoutMs?: number; env?: Record<string, string> }): Promise<CliResult>;
  /** Opens the database (close it before the next CLI run: PGlite allows one process). */
  open(): Promise<Database>;
  /** Runs SQL statements, one by one, on the database while no CLI process holds it. */
  sql(...statements: string[]): Promise<void>;
  dispose(): Promise<void>;
}

function runCli(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A fresh database and a CLI pointed at it. Dispose it in afterAll. */
export async function cliHarness(): Promise<CliHarness> {
  const engine = testEngine();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-cli-test-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AIMS_DATA_DIR: dataDir,
    DATABASE_URL: '',
    AIMS_LOG_LEVEL: 'silent',
  };
  let dbUrl: string | undefined;
  const adminUrl = process.env.DATABASE_URL;
  if (engine === 'postgres') {
    if (!adminUrl) throw new Error('AIMS_TEST_ENGINE=postgres needs DATABASE_URL');
    const name = `aims_cli_${crypto.randomBytes(6).toString('hex')}`;
    await adminQuery(adminUrl, `create database "${name}"`);
    dbUrl = withDatabaseName(adminUrl, name);
    env.DATABASE_URL = dbUrl;
  }
  const open = () =>
    dbUrl
      ? openDatabase({ engine: 'postgres', url: dbUrl, poolSize: 1 })
      : openDatabase({ engine: 'pglite', dataDir });
  return {
    engine,
    dataDir,
    run: (args, opts = {}) => runCli(args, { ...env, ...opts.env }, opts.timeoutMs ?? 60_000),
    open,
    async sql(...statements) {
      const database = await open();
      try {
        for (const statement of statements) await database.db.execute(sql.raw(statement));
      } finally {
        await database.close();
      }
    },
    async dispose() {
      if (dbUrl && adminUrl)
        await adminQuery(
          adminUrl,
          `drop database if exists "${new URL(dbUrl).pathname.slice(1)}" with (force)`,
        );
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Parses the single JSON line a `--json` run printed. */
export function jsonOf<T>(r: CliResult): T {
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line) as T;
  } catch {
    throw new Error(
      `expected JSON on stdout, got ${JSON.stringify(r.stdout)} (stderr: ${r.stderr}, exit ${r.code})`,
    );
  }
}
