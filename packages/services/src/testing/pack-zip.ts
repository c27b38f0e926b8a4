// Test helpers for audit packs: unzip a pack, and write a copy with one file changed, dropped or added.
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { zipPackSource } from '../audit-pack/zip-source.ts';

/** Extracts every file of a pack zip into `dir`. */
export async function unzipPack(zipFile: string, dir: string): Promise<void> {
  const src = await zipPackSource(zipFile);
  for (const name of await src.list()) {
    const target = path.join(dir, ...name.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await pipeline(await src.open(name), fs.createWriteStream(target));
  }
  src.close();
}

/** Writes a copy of the zip with `change` applied to each entry (null drops it) and an optional extra file. */
export async function rezipPack(
  from: string,
  to: string,
  change: (name: string, bytes: Buffer) => Buffer | null,
  extra?: [string, string],
): Promise<void> {
  const src = await zipPackSource(from);
  const out = new yazl.ZipFile();
  const done = pipeline(out.outputStream, fs.createWriteStream(to));
  for (const name of await src.list()) {
    const parts: Buffer[] = [];
    for await (const c of await src.open(name)) parts.push(c as Buffer);
    const bytes = change(name, Buffer.concat(parts));
    if (bytes) out.addBuffer(bytes, name);
  }
  if (extra) out.addBuffer(Buffer.from(extra[1]), extra[0]);
  out.end();
  await done;
  src.close();
}

/** A copy of `b` with one bit of its middle byte flipped. */
export function flipOneByte(b: Buffer): Buffer {
  const c = Buffer.from(b);
  c[Math.floor(c.length / 2)]! ^= 0x01;
  return c;
}
