// A pretty-printed JSON array written a batch at a time to a temporary file and read back as a stream: the audit
// pack's evidence index at 200,000 records was a 90 MB string, and the array behind it, in memory (issue 17). The
// bytes are exactly `JSON.stringify(items, null, 2)` followed by a newline.
import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';

/** An array being spooled: add batches in order, then read it once, then remove it. */
export interface SpooledJsonArray {
  add(items: readonly unknown[]): Promise<void>;
  /** Finishes the array and streams it from the start. */
  read(): Promise<Readable>;
  /** Deletes the file (also after a failure; safe to call twice). */
  remove(): Promise<void>;
}

/** Starts an empty array in a new temporary directory. */
export async function spooledJsonArray(): Promise<SpooledJsonArray> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'aims-spool-'));
  const file = path.join(dir, 'array.json');
  const handle = await open(file, 'w');
  let count = 0;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    async add(items) {
      if (!items.length) return;
      // Each item indented one level, as JSON.stringify indents an array's elements (newlines inside strings are
      // escaped, so every raw newline is layout).
      const text = items
        .map((item) => `  ${JSON.stringify(item, null, 2).replaceAll('\n', '\n  ')}`)
        .join(',\n');
      await handle.write(`${count ? ',\n' : '[\n'}${text}`);
      count += items.length;
    },
    async read() {
      await handle.write(count ? '\n]\n' : '[]\n');
      await close();
      return createReadStream(file);
    },
    async remove() {
      await close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
