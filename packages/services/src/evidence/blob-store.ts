// Evidence bytes, content-addressed by SHA-256 (§7.5.3: protected from unintended alteration). The disk store is
// the default; `s3BlobStore` keeps them in an S3-compatible bucket behind the same interface.
import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { AppError } from '@openaims/core';
import { verifyingWebStream } from './verifying-stream.ts';

/** Where evidence bytes live. Identical content is stored once; reads check the bytes against their hash. */
export interface BlobStore {
  /** Stores bytes and returns their hash and size; `created` is false when the content was already there. */
  put(bytes: Uint8Array): Promise<{ sha256: string; size: number; created: boolean }>;
  /** Whether content with this hash is stored. */
  has(sha256: string): Promise<boolean>;
  /** The bytes as a stream; the stream errors at its end if they no longer match the hash. */
  read(sha256: string): Promise<ReadableStream<Uint8Array>>;
  /**
   * Removes stored content. Only for a blob written for a transaction that then failed and that no record uses;
   * evidence that a record points to is never deleted (§7.5.3 retention).
   */
  delete(sha256: string): Promise<void>;
}

const SHA256 = /^[0-9a-f]{64}$/;

function assertHash(sha256: string): void {
  // Never build a path from anything but a hex digest.
  if (!SHA256.test(sha256)) throw new AppError('NOT_FOUND', 'No stored content has this hash.');
}

/** A web stream of `source` that hashes what passes and fails at the end when the digest differs from `sha256`. */
export function verifyingStream(source: Readable, sha256: string): ReadableStream<Uint8Array> {
  return verifyingWebStream(Readable.toWeb(source) as ReadableStream<Uint8Array>, sha256);
}

/**
 * Blobs under `root` in fan-out directories (`ab/cd/abcd…`). A write goes to a temporary file in the target
 * directory, is flushed, then renamed into place, so a reader never sees a half-written blob.
 */
export function diskBlobStore(root: string): BlobStore {
  const fileOf = (sha256: string) => path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  const exists = (file: string) =>
    fsp.access(file).then(
      () => true,
      () => false,
    );
  return {
    async put(bytes) {
      const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
      const file = fileOf(sha256);
      if (await exists(file)) return { sha256, size: bytes.byteLength, created: false };
      await fsp.mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`;
      const handle = await fsp.open(tmp, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await fsp.rename(tmp, file);
      } catch (e) {
        await fsp.rm(tmp, { force: true });
        throw e;
      }
      return { sha256, size: bytes.byteLength, created: true };
    },
    async has(sha256) {
      if (!SHA256.test(sha256)) return false;
      return exists(fileOf(sha256));
    },
    async read(sha256) {
      assertHash(sha256);
      const file = fileOf(sha256);
      if (!(await exists(file)))
        throw new AppError('INTERNAL', `The stored content ${sha256} is missing from the evidence store.`);
      return verifyingStream(fs.createReadStream(file), sha256);
    },
    async delete(sha256) {
      assertHash(sha256);
      await fsp.rm(fileOf(sha256), { force: true });
    },
  };
}
