// `npm start`'s own path: main() in a new process on an embedded data directory — storage opened while the rest
// of the server loads (issue 17: cold start), then listening; a failed start closes the storage it opened, so the
// data directory is not left locked for the next start.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const MAIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-main-test-'));

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
    ['--import', 'tsx', '--input-type=module', '-e', `await (await import(${JSON.stringify(MAIN)})).main();`],
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

describe('main (npm start)', () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('opens storage, listens, answers, and stops on SIGTERM releasing the data directory', async () => {
    const s = await start();
    await untilHealthy(s);
    const health = await fetch(`http://127.0.0.1:${s.port}/healthz`);
    expect(health.status).toBe(200);
    expect(s.output()).toContain(`OpenAIMS is running at http://127.0.0.1:${s.port}`);
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
