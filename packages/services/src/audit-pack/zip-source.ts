// Reads a pack straight from its zip file (yauzl, random access, nothing extracted) for `aims verify-pack`, through
// the same `PackSource` interface verify.mjs uses on an unpacked folder.
import crypto from 'node:crypto';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import type yauzl from 'yauzl';
import { loadYauzl } from '../common/heavy-modules.ts';
import type { PackSource } from './verify.mjs';

async function open(file: string): Promise<yauzl.ZipFile> {
  const yauzlModule = await loadYauzl();
  return new Promise((resolve, reject) =>
    yauzlModule.open(file, { lazyEntries: true, autoClose: false }, (err, zip) =>
      err ? reject(err) : resolve(zip),
    ),
  );
}

async function entriesOf(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: yauzl.Entry) => {
      if (!e.fileName.endsWith('/')) entries.set(e.fileName, e);
      zip.readEntry();
    });
    zip.once('end', resolve);
    zip.once('error', reject);
    zip.readEntry();
  });
  return entries;
}

/** A pack zip opened for verification; `close()` releases the file. */
export async function zipPackSource(
  file: string,
): Promise<PackSource & { open(path: string): Promise<Readable>; close(): void }> {
  const zip = await open(file);
  const entries = await entriesOf(zip);
  const stream = (path: string): Promise<Readable> => {
    const entry = entries.get(path);
    if (!entry) return Promise.reject(new Error(`${path} is not in the pack`));
    return new Promise((resolve, reject) =>
      zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s as Readable))),
    );
  };
  return {
    async list() {
      return [...entries.keys()];
    },
    async hash(path) {
      const h = crypto.createHash('sha256');
      let size = 0;
      for await (const chunk of await stream(path)) {
        h.update(chunk as Buffer);
        size += (chunk as Buffer).length;
      }
      return { sha256: h.digest('hex'), size };
    },
    async readText(path) {
      const parts: Buffer[] = [];
      for await (const chunk of await stream(path)) parts.push(chunk as Buffer);
      return Buffer.concat(parts).toString('utf8');
    },
    async *lines(path) {
      yield* readline.createInterface({ input: await stream(path), crlfDelay: Number.POSITIVE_INFINITY });
    },
    open: stream,
    close: () => zip.close(),
  };
}
