// `npm test`: lint and format check (Biome), type-check, unit/service/route/CLI tests (PGlite, and PostgreSQL when DATABASE_URL is set),
// then the browser journeys in Debian's Chromium. Ends with one plain summary line of all counts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, cmd, args, env = {}) {
  console.log(`\n== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function finish(code) {
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(code);
}

if (!process.env.DATABASE_URL) {
  console.log(
    'DATABASE_URL is not set: service and route tests run on embedded PGlite only (CI runs them on PostgreSQL too).',
  );
}
if (run('lint and format', 'npx', ['biome', 'check', '.']) !== 0) {
  console.error(
    '\nBiome found lint or format problems: `npm run format` fixes formatting; see the messages above.',
  );
  finish(1);
}
if (run('type-check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']) !== 0) finish(1);

const vitestJson = path.join(tmp, 'vitest.json');
const unit = run('tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (fs.existsSync(vitestJson)) {
  const v = JSON.parse(fs.readFileSync(vitestJson, 'utf8'));
  totals.passed += v.numPassedTests;
  totals.failed += v.numFailedTests;
  totals.skipped += v.numPendingTests + v.numTodoTests;
}
if (unit !== 0) finish(unit);

const chromium = process.env.AIMS_CHROMIUM ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  console.error(
    `\nBrowser journeys NOT run: no Chromium at ${chromium}. Install Debian's chromium (apt-get install chromium) to run them.`,
  );
  finish(process.env.CI ? 1 : 0);
}
const pwJson = path.join(tmp, 'playwright.json');
const e2e = run('browser journeys', 'npm', ['run', 'test:e2e', '--', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
});
if (fs.existsSync(pwJson)) {
  const s = JSON.parse(fs.readFileSync(pwJson, 'utf8')).stats ?? {};
  totals.passed += (s.expected ?? 0) + (s.flaky ?? 0);
  totals.failed += s.unexpected ?? 0;
  totals.skipped += s.skipped ?? 0;
} else if (e2e !== 0) totals.failed += 1;
finish(e2e);
