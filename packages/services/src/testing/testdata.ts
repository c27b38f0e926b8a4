// Where the shared test data lives (DESIGN §6): AIMS_TESTDATA, else ../shared/testdata beside the repository.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The test-data folder, or undefined when it is absent (tests then skip and say why). */
export const TESTDATA: string | undefined = (() => {
  const dir = process.env.AIMS_TESTDATA
    ? resolve(process.env.AIMS_TESTDATA)
    : resolve(repoRoot, '../shared/testdata');
  return existsSync(dir) ? dir : undefined;
})();

/** The message a skipped suite shows. */
export const TESTDATA_MISSING = `shared test data not found (set AIMS_TESTDATA or put it at ${resolve(repoRoot, '../shared/testdata')}); skipping`;

/** Every file under a test-data subfolder, sorted, as paths relative to the test-data folder. */
export function testdataFiles(sub: string): string[] {
  if (!TESTDATA) return [];
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
  return walk(join(TESTDATA, sub))
    .map((f) => f.slice(TESTDATA!.length + 1))
    .sort();
}

/** A test-data file's text. */
export const readTestdata = (rel: string) => readFileSync(join(TESTDATA!, rel), 'utf8');

/** The test-data folder, or undefined when it is absent (for callers that want a function). */
export function testdataDir(): string | undefined {
  return TESTDATA;
}
