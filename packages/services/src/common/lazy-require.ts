// Dependencies that only some requests need (the YAML and XML parsers of the imports, the zip writer of packs and
// backups) are loaded on first use rather than when the server starts: loading them at start cost about a tenth of
// a cold start (issue 17). ES-module-only dependencies are loaded the same way with `await import(…)` where used.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS dependency, loaded on the first call and kept: `const yaml = lazyRequire<typeof Yaml>('yaml')`, then
 * `yaml().parse(text)`. Pair it with `import type * as Yaml from 'yaml'` so the types stay the package's own.
 */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(id) as T;
    return loaded;
  };
}
