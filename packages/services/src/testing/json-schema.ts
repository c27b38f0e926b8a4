// JSON-schema checks of exported files in tests (OSCAL, SPDX, CycloneDX): one Ajv set-up — formats on, every error
// reported, vendor keywords tolerated — so each export test says only which schema its file must meet.
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type AnySchema, type ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { TESTDATA_MISSING, testdataDir } from './testdata.ts';

/** CommonJS packages seen from ESM: the export may sit on `default`. */
function unwrap<T>(m: T): T {
  return (m as unknown as { default?: T }).default ?? m;
}

/** A compiled validator for `schema` (draft-07, or 2020-12 with `draft2020`), after adding the schemas its $refs name. */
export function schemaValidator(
  schema: AnySchema,
  opts: { refs?: AnySchema[]; draft2020?: boolean } = {},
): ValidateFunction {
  const AjvClass = opts.draft2020 ? unwrap(Ajv2020) : unwrap(Ajv);
  const ajv = new AjvClass({ strict: false, allErrors: true });
  unwrap(addFormats)(ajv);
  for (const ref of opts.refs ?? []) ajv.addSchema(ref);
  return ajv.compile(schema);
}

/** The validator of one OSCAL 1.1.3 model (`oscal_<model>_schema.json` under the test data's `oscal/schema-1.1.3`). */
export function oscalValidator(testdata: string, model: string): ValidateFunction {
  const file = path.join(testdata, 'oscal', 'schema-1.1.3', `oscal_${model}_schema.json`);
  return schemaValidator(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** One test per exported file: the document `parse(name)` gives validates as the OSCAL model named beside it. */
export function itValidatesAsOscal(
  testdata: string,
  files: readonly (readonly [name: string, model: string])[],
  parse: (name: string) => Promise<unknown>,
): void {
  for (const [name, model] of files) {
    it(`${name} validates as an OSCAL ${model}`, async () => {
      const validate = oscalValidator(testdata, model);
      const ok = validate(await parse(name));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  }
}

/**
 * The suite that checks an export's OSCAL files against the 1.1.3 schemas of the shared test data: one test per
 * file, then the suite's own checks from `more`; skipped, saying why, when the test data is absent.
 */
export function describeOscalSchemas(
  title: string,
  files: readonly (readonly [name: string, model: string])[],
  parse: (name: string) => Promise<unknown>,
  more: (testdata: string) => void,
): void {
  const dir = testdataDir();
  describe.skipIf(!dir)(`${title} (${dir ? 'testdata found' : TESTDATA_MISSING})`, () => {
    // A skipped suite is still collected: its body then sees '' and must not read files outside its tests.
    itValidatesAsOscal(dir ?? '', files, parse);
    more(dir ?? '');
  });
}
