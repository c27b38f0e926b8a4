// `npm test`: type-check, unit/service/route tests (PGlite, and PostgreSQL when DATABASE_URL is set),
// then the browser journeys in Debian's Chromium.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

function run(label, cmd, args, env = {}) {
  console.log(`\n== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n${label} failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status ?? 1);
  }
}

if (!process.env.DATABASE_URL) {
  console.log('DATABASE_URL is not set: service and route tests run on embedded PGlite only (CI runs them on PostgreSQL too).');
}
run('type-check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
run('tests', 'npx', ['vitest', 'run']);
const chromium = process.env.AIMS_CHROMIUM ?? '/usr/bin/chromium';
if (fs.existsSync(chromium)) {
  run('browser journeys', 'npm', ['run', 'test:e2e']);
} else {
  console.error(`\nBrowser journeys NOT run: no Chromium at ${chromium}. Install Debian's chromium (apt-get install chromium) to run them.`);
  if (process.env.CI) process.exit(1);
}
