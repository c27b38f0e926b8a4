// What the command tests share on top of the harness: a CLI set up for a describe block (`useCli`), the set-up
// runs (`aims init`, `aims org create`), a temporary folder, and one stored evidence file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diskBlobStore, SYSTEM_ACTOR, uploadEvidence } from '@openaims/services';
import { samplePdf } from '@openaims/services/testing/evidence-samples';
import { afterAll, beforeAll } from 'vitest';
import { type CliHarness, type CliResult, cliHarness, jsonOf } from './cli-harness.ts';

/** The owner `aims init` creates in the tests, unless a test names another email. */
export const ADMIN = { email: 'a@example.com', password: 'correct horse battery' };

type RunOptions = Parameters<CliHarness['run']>[1];

/** Flag values by option name in camelCase; `true` stands for a flag without a value. */
export type CliFlagValues = Record<string, string | number | true>;

/** Command-line flags from an object: `{ ifVersion: 1, json: true }` is `--if-version 1 --json`. */
export function cliFlags(flags: CliFlagValues): string[] {
  return Object.entries(flags).flatMap(([name, value]) => {
    const flag = `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    return value === true ? [flag] : [flag, String(value)];
  });
}

/** The arguments of `aims init --org ORG --admin-email EMAIL --admin-password PASSWORD`. */
export function initArgs(org: string, email: string, password: string): string[] {
  return ['init', '--org', org, '--admin-email', email, '--admin-password', password];
}

/** The arguments of `aims org create --name NAME --owner-email EMAIL`. */
export function orgCreateArgs(name: string, ownerEmail: string): string[] {
  return ['org', 'create', '--name', name, '--owner-email', ownerEmail];
}

/** Runs a set-up step with `--json` and returns what it printed; throws with its stderr unless it exits 0. */
export async function runJson<T>(cli: CliHarness, args: string[], opts?: RunOptions): Promise<T> {
  const r: CliResult = await cli.run([...args, '--json'], opts);
  if (r.code !== 0) throw new Error(`aims ${args.join(' ')} failed (exit ${r.code}): ${r.stderr}`);
  return jsonOf<T>(r);
}

/** `aims init` with the organization Acme and the ADMIN password; resolves to the new organization's id. */
export async function initOrg(
  cli: CliHarness,
  opts: { email?: string; timeoutMs?: number } = {},
): Promise<string> {
  const args = initArgs('Acme', opts.email ?? ADMIN.email, ADMIN.password);
  return (await runJson<{ orgId: string }>(cli, args, { timeoutMs: opts.timeoutMs })).orgId;
}

/** `aims org create`, owned by ADMIN; resolves to the new organization's id. */
export async function createOrg(cli: CliHarness, name: string): Promise<string> {
  return (await runJson<{ orgId: string }>(cli, orgCreateArgs(name, ADMIN.email))).orgId;
}

/** A CLI on a fresh database for one describe block, with the organization `aims init` made (when asked). */
export interface CliFixture extends CliHarness {
  /** The organization `aims init` created (only with `init`). */
  readonly orgId: string;
}

/**
 * Registers the hooks that give a describe block a fresh CLI: created in `beforeAll` (and set up with `aims init`
 * unless `init` is false), disposed in `afterAll`. Use the returned object inside hooks and tests only.
 */
export function useCli(
  opts: { init?: boolean; email?: string; initTimeoutMs?: number; hookTimeoutMs?: number } = {},
): CliFixture {
  let harness: CliHarness | undefined;
  let orgId: string | undefined;
  beforeAll(async () => {
    harness = await cliHarness();
    if (opts.init !== false)
      orgId = await initOrg(harness, { email: opts.email, timeoutMs: opts.initTimeoutMs });
  }, opts.hookTimeoutMs ?? 120_000);
  afterAll(() => harness?.dispose());
  const ready = (): CliHarness => {
    if (!harness) throw new Error('useCli: the CLI is used before its beforeAll ran');
    return harness;
  };
  return {
    get engine() {
      return ready().engine;
    },
    get dataDir() {
      return ready().dataDir;
    },
    get orgId() {
      if (!orgId) throw new Error('useCli: no organization (the fixture was made with init: false)');
      return orgId;
    },
    run: (args, runOpts) => ready().run(args, runOpts),
    open: () => ready().open(),
    sql: (...statements) => ready().sql(...statements),
    dispose: () => ready().dispose(),
  };
}

/** A temporary folder for the describe block, removed in `afterAll`. */
export function useTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Where the disk blob store under `dataDir` keeps the file with this SHA-256. */
export function evidenceBlobPath(dataDir: string, sha256: string): string {
  return path.join(dataDir, 'evidence', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

/** Uploads a one-page PDF showing `title` as evidence for one control, straight through the service. */
export async function uploadSamplePdf(
  cli: CliHarness,
  orgId: string,
  { title = 'Model card review', evidenceDate = '2026-02-01', controlId = 'A.6.2.6' } = {},
): Promise<{ id: string; sha256: string; bytes: Uint8Array }> {
  const bytes = samplePdf(title);
  const database = await cli.open();
  try {
    const ev = await uploadEvidence(
      { db: database.db, orgId, role: 'owner', actor: SYSTEM_ACTOR },
      diskBlobStore(path.join(cli.dataDir, 'evidence')),
      { bytes, fileName: 'evidence.pdf', mediaType: 'application/pdf' },
      { evidenceDate, links: [{ targetType: 'control', targetId: controlId }] },
    );
    return { id: ev.id, sha256: ev.sha256!, bytes };
  } finally {
    await database.close();
  }
}
