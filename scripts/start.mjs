// `npm start`: build the web app, and the server and CLI bundles (scripts/build-server.mjs), when they are missing
// or older than their sources, then run the server from its bundle (no TypeScript compiled at start, issue 17).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'apps/web/dist/index.html');

function newest(dir) {
  let t = 0;
  if (!fs.existsSync(dir)) return t;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}
const stale = (file, sources) => !fs.existsSync(file) || fs.statSync(file).mtimeMs < sources;

const sources = Math.max(
  newest(path.join(root, 'apps/web/src')),
  newest(path.join(root, 'packages/core/src')),
  fs.statSync(path.join(root, 'apps/web/index.html')).mtimeMs,
);
if (stale(dist, sources)) {
  console.log('Building the web app…');
  const r = spawnSync('npm', ['run', 'build', '-w', '@openaims/web'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const { buildServer, OUTPUTS, SERVER_SOURCES } = await import('./build-server.mjs');
const serverSources = Math.max(
  ...SERVER_SOURCES.map((d) => newest(path.join(root, d))),
  newest(path.join(root, 'packages/db/migrations')),
);
if (Object.values(OUTPUTS).some((o) => stale(path.join(root, o), serverSources))) {
  console.log('Building the server…');
  await buildServer();
}
const { main } = await import(pathToFileURL(path.join(root, OUTPUTS.server)).href);
await main();
