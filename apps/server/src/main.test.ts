// `npm start`'s own path: the server bundle (scripts/build-server.mjs, npm dependencies bundled in) built afresh and
// its main() run in a new process on an embedded data directory — storage opened while the rest of the server loads
// (issue 17: cold start), then listening. The requests touch what a bundle can break and the journeys (which run
// the TypeScript) would not see: password hashing, the OpenAPI document and its UI, YAML, spreadsheets, PDF and zip.
// A failed start closes the storage it opened, so the data directory is not left locked for the next start.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleEntry } from '../../../scripts/build-server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-main-test-'));
// Inside the checkout (the bundle finds node_modules and the migrations from there), apart from `npm start`'s own
// bundle, which CLI tests running at the same time may be using.
const bundleDir = path.join(here, '../dist', `test-${process.pid}-${process.env.AIMS_TEST_ENGINE ?? 'x'}`);
const BUNDLE = path.join(bundleDir, 'main.mjs');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

async function start(env: Record<string, string> = {}): Promise<Started> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', `await (await import(${JSON.stringify(BUNDLE)})).main();`],
    {
      // Embedded storage whatever engine the suite runs on: this is what `npm start` does by default.
      env: { ...process.env, DATABASE_URL: '', AIMS_DATA_DIR: dataDir, PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, port, output: () => out, exited };
}

async function untilHealthy(s: Started): Promise<void> {
  let gone = false;
  void s.exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`the server exited: ${s.output()}`);
    const ok = await fetch(`http://127.0.0.1:${s.port}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A session's cookies and CSRF token from a response that signed in. */
function sessionOf(res: Response): { cookie: string; csrf: string } {
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = cookies.find((c) => c.startsWith('aims_csrf='))?.slice('aims_csrf='.length) ?? '';
  return { cookie: cookies.join('; '), csrf };
}

describe('main (npm start) from the server bundle', () => {
  beforeAll(async () => {
    await bundleEntry(path.join(here, 'main.ts'), BUNDLE);
  });
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(bundleDir, { recursive: true, force: true });
  });

  it('opens storage, listens, serves what the bundle carries, and stops on SIGTERM releasing the data directory', async () => {
    const s = await start();
    await untilHealthy(s);
    const base = `http://127.0.0.1:${s.port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(s.output()).toContain(`OpenAIMS is running at ${base}`);

    const owner = {
      organizationName: 'Bundle GmbH',
      name: 'Bo Bundle',
      email: 'bo@example.test',
      password: 'correct horse battery',
    };
    const setup = await fetch(`${base}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(owner),
    });
    expect(setup.status).toBe(201);
    const { organizationId: org } = (await setup.json()) as { organizationId: string };
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: owner.email, password: owner.password }),
    });
    expect(login.status).toBe(200);
    const { cookie, csrf } = sessionOf(login);

    const openapi = await fetch(`${base}/api/v1/openapi.json`);
    expect(openapi.status).toBe(200);
    expect(((await openapi.json()) as { openapi: string }).openapi).toMatch(/^3\./);
    const docs = await fetch(`${base}/api/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger-ui-bundle.js');
    expect((await fetch(`${base}/api/docs/assets/swagger-ui-bundle.js`)).status).toBe(200);

    const badYaml = await fetch(`${base}/api/v1/orgs/${org}/imports/atlas?dryRun=true`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/yaml' },
      body: 'matrices: [unclosed',
    });
    expect(badYaml.status).toBe(400);
    expect(((await badYaml.json()) as { detail: string }).detail).toMatch(/YAML/);

    const signatures: [string, string][] = [
      ['soa.xlsx', 'PK'],
      ['risks.pdf', '%PDF'],
      ['audit-pack.zip', 'PK'],
    ];
    for (const [name, magic] of signatures) {
      const res = await fetch(`${base}/api/v1/orgs/${org}/exports/${name}`, { headers: { cookie } });
      expect(res.status, name).toBe(200);
      expect(
        Buffer.from(await res.arrayBuffer())
          .subarray(0, magic.length)
          .toString('latin1'),
        name,
      ).toBe(magic);
    }

    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'aims.lock'))).toBe(false);
  });

  it('closes the storage it opened when the start fails after opening it, so the next start works', async () => {
    // An OpenID provider that is not there: discovery fails after storage is already open (it opens first).
    const closed = await freePort();
    const failed = await start({
      AIMS_OIDC_ISSUER: `http://127.0.0.1:${closed}`,
      AIMS_OIDC_CLIENT_ID: 'openaims',
      AIMS_OIDC_CLIENT_SECRET: 'not-a-secret',
    });
    expect(await failed.exited).toBe(1);
    expect(failed.output()).toMatch(/OpenAIMS could not start: OpenID Connect discovery at .* failed/);
    expect(fs.existsSync(path.join(dataDir, 'aims.lock'))).toBe(false);

    const again = await start();
    await untilHealthy(again);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  });
}, 180_000);
