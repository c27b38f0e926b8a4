// Creates a PGlite data directory (initdb) and exits: run as a child process by `openDatabase` when the
// directory does not exist yet, so that the serving process never holds initdb's memory (issue 17: about
// 500 MB that WebAssembly memory never gives back). Usage: node pglite-initdb.mjs <dir>
import { PGlite } from '@electric-sql/pglite';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node pglite-initdb.mjs <dir>');
  process.exit(2);
}
const pg = new PGlite(dir);
await pg.waitReady;
await pg.close();
