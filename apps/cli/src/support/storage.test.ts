import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli } from '../testing/cli-fixture.ts';
import { jsonOf } from '../testing/cli-harness.ts';

// The lock exists only for embedded PGlite (DESIGN §3: one process per data directory).
const isPglite = process.env.AIMS_TEST_ENGINE !== 'postgres';

describe('storage for operator commands', () => {
  const cli = useCli({ init: false });

  it('migrates and names the engine', async () => {
    const r = await cli.run(['migrate', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(jsonOf(r)).toEqual({ engine: cli.engine, done: true });
  });

  it.runIf(isPglite)(
    'stops with the lock message, no stack, when another process holds the data directory',
    async () => {
      // This test process is alive, so its pid makes the lock look held.
      fs.writeFileSync(path.join(cli.dataDir, 'aims.lock'), String(process.pid));
      try {
        const r = await cli.run(['ledger', 'verify']);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/^error: The data directory .* is in use by process \d+/);
        expect(r.stderr).not.toMatch(/\n\s+at /);
      } finally {
        fs.rmSync(path.join(cli.dataDir, 'aims.lock'), { force: true });
      }
    },
  );

  it('refuses a bad environment value with exit 2', async () => {
    const r = await cli.run(['serve', '--port', '70000']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('PORT');
  });
}, 180_000);
