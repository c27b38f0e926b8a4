#!/usr/bin/env node
// The `aims` command. Runs the bundle `npm start` builds (apps/cli/dist/main.mjs, scripts/build-server.mjs) when
// it is at least as new as the sources; otherwise the TypeScript sources through tsx, so no build step is needed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const bundle = path.join(root, 'apps/cli/dist/main.mjs');
const SOURCES = [
  'apps/server/src',
  'apps/cli/src',
  'packages/core/src',
  'packages/db/src',
  'packages/services/src',
];

function newerThan(dir, t) {
  if (!fs.existsSync(dir)) return false;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() ? newerThan(p, t) : fs.statSync(p).mtimeMs > t) return true;
  }
  return false;
}

const built = fs.existsSync(bundle) ? fs.statSync(bundle).mtimeMs : 0;
if (built && !SOURCES.some((d) => newerThan(path.join(root, d), built))) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
