import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diskBlobStore } from './blob-store.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-blobs-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const readAll = async (s: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(s).arrayBuffer());
const sha = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');

describe('disk blob store', () => {
  it('stores bytes under their SHA-256 in fan-out directories and reads them back exactly', async () => {
    const store = diskBlobStore(root);
    const bytes = crypto.randomBytes(70_000);
    const put = await store.put(bytes);
    expect(put).toEqual({ sha256: sha(bytes), size: 70_000, created: true });
    const file = path.join(root, put.sha256.slice(0, 2), put.sha256.slice(2, 4), put.sha256);
    expect(fs.statSync(file).size).toBe(70_000);
    expect(Buffer.compare(await readAll(await store.read(put.sha256)), bytes)).toBe(0);
    expect(await store.has(put.sha256)).toBe(true);
  });

  it('stores identical content once', async () => {
    const store = diskBlobStore(root);
    const bytes = Buffer.from('same content twice');
    const a = await store.put(bytes);
    const mtime = fs.statSync(path.join(root, a.sha256.slice(0, 2), a.sha256.slice(2, 4), a.sha256)).mtimeMs;
    const b = await store.put(Buffer.from('same content twice'));
    expect(b).toEqual({ ...a, created: false });
    const dir = path.join(root, a.sha256.slice(0, 2), a.sha256.slice(2, 4));
    expect(fs.readdirSync(dir)).toEqual([a.sha256]);
    expect(fs.statSync(path.join(dir, a.sha256)).mtimeMs).toBe(mtime);
  });

  it('writes atomically: no temporary file is left, and concurrent writers of one content agree', async () => {
    const store = diskBlobStore(root);
    const bytes = crypto.randomBytes(200_000);
    const results = await Promise.all(Array.from({ length: 5 }, () => store.put(bytes)));
    expect(new Set(results.map((r) => r.sha256)).size).toBe(1);
    const dir = path.join(root, results[0]!.sha256.slice(0, 2), results[0]!.sha256.slice(2, 4));
    expect(fs.readdirSync(dir)).toEqual([results[0]!.sha256]);
    expect(Buffer.compare(await readAll(await store.read(results[0]!.sha256)), bytes)).toBe(0);
  });

  it('verifies the hash on read: altered bytes make the stream fail', async () => {
    const store = diskBlobStore(root);
    const { sha256 } = await store.put(Buffer.from('original evidence'));
    const file = path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    fs.chmodSync(file, 0o600);
    fs.writeFileSync(file, 'tampered evidence');
    await expect(readAll(await store.read(sha256))).rejects.toThrow(/corrupt/);
  });

  it('refuses anything but a hex digest as an address, and reports missing content', async () => {
    const store = diskBlobStore(root);
    await expect(store.read('../../etc/passwd')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await store.has('../x')).toBe(false);
    await expect(store.read('0'.repeat(64))).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
