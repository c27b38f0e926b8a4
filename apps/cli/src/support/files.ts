// Files named on the command line: input read as text, and a streamed result (a backup, an audit pack) written to a
// part file beside its name and renamed once complete, so the named file appears whole or not at all.
import { createWriteStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { badInput } from './errors.ts';

/** The text of an input file named on the command line; one that cannot be read is bad input (exit 2). */
export function readInputFile(file: string): Promise<string> {
  return readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw badInput(`cannot read ${file}: ${e.code ?? e.message}`);
  });
}

/** The temporary file beside `file` that a streamed write goes to until it is complete. */
export function partFileOf(file: string): string {
  return `${file}.${process.pid}.part`;
}

/** Pipes `source.stream` into `part` and resolves to what `source.done` resolves to; removes `part` on failure. */
export async function streamToPart<T>(
  source: { stream: Readable; done: Promise<T> },
  part: string,
): Promise<T> {
  try {
    await pipeline(source.stream, createWriteStream(part));
    return await source.done;
  } catch (e) {
    await rm(part, { force: true });
    throw e;
  }
}
