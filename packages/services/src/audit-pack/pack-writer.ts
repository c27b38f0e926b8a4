// Writes a zip as it is read (yazl): each file's size and SHA-256 are taken while its bytes pass, so the manifest
// can list them at the end without the pack ever being held whole in memory.
import crypto from 'node:crypto';
import { type Readable, Transform } from 'node:stream';
import type * as Yazl from 'yazl';
import { lazyRequire } from '../common/lazy-require.ts';
import type { PackManifestFile } from './verify.mjs';

const yazl = lazyRequire<typeof Yazl>('yazl');

// Formats that are already compressed gain nothing from deflate.
const STORED = /\.(pdf|xlsx|docx|zip|png|jpe?g|gif|webp|gz)$/i;

/** A zip being streamed out, with the size and SHA-256 of every file added so far. */
export class PackWriter {
  private readonly zip = new (yazl().ZipFile)();
  /** Every file written, in order. */
  readonly files: PackManifestFile[] = [];
  private readonly paths = new Set<string>();

  constructor(private readonly mtime: Date) {}

  /** The zip bytes, produced as the reader pulls them. */
  get output(): Readable {
    return this.zip.outputStream as Readable;
  }

  private claim(path: string): void {
    if (this.paths.has(path)) throw new Error(`the pack already holds ${path}`);
    this.paths.add(path);
  }

  /** Adds a file held in memory (a rendered report). */
  addBytes(path: string, body: Uint8Array | string): PackManifestFile {
    this.claim(path);
    const buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
    const file = {
      path,
      size: buf.byteLength,
      sha256: crypto.createHash('sha256').update(buf).digest('hex'),
    };
    this.zip.addBuffer(buf, path, { mtime: this.mtime, compress: !STORED.test(path) });
    this.files.push(file);
    return file;
  }

  /**
   * Adds a streamed file (evidence, the ledger); resolves once the zip has consumed it, so only one streamed file
   * is open at a time and the reader's pace sets the pace of reading.
   */
  addStream(path: string, source: Readable): Promise<PackManifestFile> {
    this.claim(path);
    const hash = crypto.createHash('sha256');
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    const finished = new Promise<PackManifestFile>((resolve, reject) => {
      counter.once('end', () => {
        const file = { path, size, sha256: hash.digest('hex') };
        this.files.push(file);
        resolve(file);
      });
      counter.once('error', reject);
      source.once('error', (e) => {
        counter.destroy(e);
        reject(e);
      });
    });
    source.pipe(counter);
    this.zip.addReadStream(counter, path, { mtime: this.mtime, compress: !STORED.test(path) });
    return finished;
  }

  /** Writes the central directory; the output ends once it has been read. */
  end(): void {
    this.zip.end();
  }

  /** Stops the output with an error (a section failed half-way). */
  fail(e: Error): void {
    this.output.destroy(e);
  }
}
