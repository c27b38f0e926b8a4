// Builds the server and the `aims` CLI to JavaScript (issue 17: no TypeScript compilation at start; tsx compiled
// the sources on every start, about 1.3 s of a cold start). One ES module bundle each, with the workspace
// packages and most npm dependencies inside (KEEP_EXTERNAL below names those left to node_modules):
//   apps/server/dist/main.mjs   exports main() (what `npm start` runs)
//   apps/cli/dist/main.mjs      the `aims` command
// `npm start` runs this when an output is missing or older than the sources (scripts/start.mjs); by hand:
// `node scripts/build-server.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The folders whose TypeScript goes into the bundles (newer sources make a bundle stale). */
export const SERVER_SOURCES = [
  'apps/server/src',
  'apps/cli/src',
  'packages/core/src',
  'packages/db/src',
  'packages/services/src',
];
/** The files this script writes. */
export const OUTPUTS = { server: 'apps/server/dist/main.mjs', cli: 'apps/cli/dist/main.mjs' };

// Sources find files beside them through `import.meta.url` (migrations, the web app's dist, the audit pack's
// verifier, package.json): in a bundle that URL is the bundle's, so each use is rewritten to the URL of the
// source file it was written in, relative to the bundle (the checkout may move after the build). JavaScript
// sources too: a module that runs itself when it is the script (`import.meta.url === argv[1]`, as this file and the
// audit pack's verifier do) would otherwise run inside a bundle that is the script.
// Written in two parts: this file is itself bundled into the bench's processes, and its own text must not match.
const META_URL = 'import.meta' + '.url';
const keepSourceUrls = (outDir) => ({
  name: 'keep-source-urls',
  setup(b) {
    b.onLoad({ filter: /\.(ts|mjs)$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const loader = args.path.endsWith('.ts') ? 'ts' : 'js';
      const text = await fs.promises.readFile(args.path, 'utf8');
      if (!text.includes(META_URL)) return { contents: text, loader };
      const rel = path.relative(outDir, args.path).split(path.sep).join('/');
      return {
        contents: text.replaceAll(META_URL, `new URL(${JSON.stringify(rel)}, ${META_URL}).href`),
        loader,
      };
    });
  },
});

// The workspace packages (@openaims/*) are bundled from their TypeScript, and so are the npm dependencies: resolving
// and loading a few hundred files from node_modules one by one was about 40 % of importing the server (issue 17:
// cold start). These stay in node_modules:
const KEEP_EXTERNAL = [
  // they find files beside their own module (WebAssembly, static assets, worker scripts) or are native addons
  '@electric-sql/pglite',
  '@node-rs/argon2',
  'esbuild', // the bench's cluster process bundles its workers; esbuild runs its binary from beside its own code
  'pg-native',
  'pino',
  'swagger-ui-dist',
  // loaded on first use with import() (exports, e-mail, OIDC): bundled, each would be parsed at every start
  'docx',
  'exceljs',
  'file-type',
  'mammoth',
  'nodemailer',
  'openid-client',
  'pdfkit',
];
const keptExternal = (specifier) =>
  specifier.startsWith('node:') ||
  KEEP_EXTERNAL.some((p) => specifier === p || specifier.startsWith(`${p}/`));
const externalDependencies = {
  name: 'external-dependencies',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      keptExternal(args.path) ? { path: args.path, external: true } : undefined,
    );
  },
};

// Bundled CommonJS dependencies call require() for Node's own modules; an ES module bundle has no require of its own.
// META_URL again: the bench bundles this file into its cluster process, and keepSourceUrls would rewrite the text.
const REQUIRE_BANNER = `import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(${META_URL});`;

/**
 * Bundles one TypeScript entry (absolute path) into `outfile` (absolute; inside the checkout, so that node finds
 * the npm dependencies from there). The bench runs its server processes from such bundles, as `npm start` does.
 */
export async function bundleEntry(entry, outfile) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    banner: { js: REQUIRE_BANNER },
    plugins: [externalDependencies, keepSourceUrls(path.dirname(outfile))],
  });
}

/** Builds both bundles; returns the milliseconds it took. */
export async function buildServer() {
  const t = performance.now();
  for (const [entry, out] of [
    ['apps/server/src/main.ts', OUTPUTS.server],
    ['apps/cli/src/main.ts', OUTPUTS.cli],
  ]) {
    await bundleEntry(path.join(root, entry), path.join(root, out));
  }
  return performance.now() - t;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const ms = await buildServer();
  console.log(`Built ${Object.values(OUTPUTS).join(' and ')} in ${(ms / 1000).toFixed(1)} s`);
}
