// The usual arrangement of a route-test file: one test app (with its fresh database) and two organizations in
// it, built before the file's tests and closed after them. Each helper registers its own `beforeAll`/`afterAll`
// and hands back the value at once; the value answers from inside a test or a later hook.
import { afterAll, beforeAll } from 'vitest';
import { twoOrgs } from './fixtures.ts';
import { type TestApp, testApp } from './test-app.ts';

/**
 * A value built in `beforeAll` (and released in `afterAll`), usable as if it were already there: reads are passed
 * to the built value, and a read before it exists fails loudly.
 */
function builtBeforeAll<T extends object>(build: () => Promise<T>, release?: (value: T) => Promise<void>): T {
  let value: T | undefined;
  beforeAll(async () => {
    value = await build();
  });
  if (release)
    afterAll(async () => {
      if (value) await release(value);
    });
  return new Proxy({} as T, {
    get(_, key) {
      if (!value) throw new Error(`Read ${String(key)} before beforeAll built it.`);
      return Reflect.get(value, key);
    },
  });
}

type TestAppOptions = Parameters<typeof testApp>[0];

/**
 * The file's test app (see `testApp`), closed after its tests. Options that depend on something an earlier
 * `beforeAll` starts (a mail server's address) are given as a function, called when the app is built.
 */
export function appForFile(opts?: TestAppOptions | (() => TestAppOptions)): TestApp {
  return builtBeforeAll(
    () => testApp(typeof opts === 'function' ? opts() : opts),
    (t) => t.close(),
  );
}

export type TwoOrgs = Awaited<ReturnType<typeof twoOrgs>>;

/** Two organizations (see `twoOrgs`) in the file's app, built after it. */
export function twoOrgsForFile(t: TestApp): TwoOrgs {
  return builtBeforeAll(() => twoOrgs(t.database));
}

/** The usual arrangement in one call: the file's app (`appForFile`) and two organizations in it (`twoOrgsForFile`). */
export function appWithTwoOrgsForFile(opts?: Parameters<typeof appForFile>[0]): { t: TestApp; f: TwoOrgs } {
  const t = appForFile(opts);
  return { t, f: twoOrgsForFile(t) };
}
