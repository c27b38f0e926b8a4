// Shared third-party test material (DESIGN §6): read from AIMS_TESTDATA, default ../shared/testdata from the repo root.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The test-data folder, or undefined when it is absent (tests then skip with a message). */
export function testdataDir(): string | undefined {
  const dir = process.env.AIMS_TESTDATA ?? path.resolve(repoRoot, '../shared/testdata');
  return fs.existsSync(dir) ? dir : undefined;
}

/** Why a test-data test was skipped. */
export const TESTDATA_MISSING = 'shared test data not found: set AIMS_TESTDATA or place it at ../shared/testdata';
