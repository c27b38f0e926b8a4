// The bench's own parts that a run depends on before it measures anything: its server processes bundle, and it can
// read a busy server's memory. In the `bench` project, so they run once, not once per storage engine.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleEntry } from '../../scripts/build-server.mjs';
import { treeRss } from './tree-rss.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('bundles of the bench processes', () => {
  // The bench runs each of these as its own bundled process; one that imports the build script itself (the cluster
  // primary) once failed to bundle because a rewrite of `import.meta.url` reached the text of a string.
  const servers = path.join(here, 'servers');
  const entries = fs.readdirSync(servers).filter((f) => f.endsWith('.ts'));
  const outDir = path.join(here, '..', 'dist', `test-${process.pid}`);
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it.each(entries)('builds %s', async (entry) => {
    const out = path.join(outDir, entry.replace(/\.ts$/, '.mjs'));
    await bundleEntry(path.join(servers, entry), out);
    expect(fs.statSync(out).size).toBeGreaterThan(0);
  });
});

describe.skipIf(!fs.existsSync('/proc/self/status'))('treeRss', () => {
  it("counts a child's memory with its parent's, even while the child's event loop is blocked", async () => {
    const alone = treeRss(process.pid)!;
    expect(alone).toBeGreaterThan(10 * 1024 * 1024);
    // A child that fills 64 MB and then never returns to its event loop.
    const child = spawn(
      process.execPath,
      ['-e', "const b = Buffer.alloc(64 * 1024 * 1024, 1); console.log('ready'); for (;;) b[0]++;"],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
      const both = treeRss(process.pid)!;
      expect(both - alone).toBeGreaterThan(64 * 1024 * 1024);
      expect(treeRss(child.pid!)).toBeGreaterThan(64 * 1024 * 1024);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
