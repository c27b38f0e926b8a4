import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseS3Url, s3BlobStore } from './s3-blob-store.ts';

// A real S3 API server (s3rver) on loopback, started by the test; its files live in a temporary folder.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-s3rver-'));
let server: S3rver;
let endpoint: string;
beforeAll(async () => {
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: 'aims', configs: [] }],
  });
  const { port } = (await server.run()) as unknown as { port: number };
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const readAll = async (s: ReadableStream<Uint8Array>) => Buffer.from(await new Response(s).arrayBuffer());
const sha = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');

describe('S3-compatible evidence store (issue 11)', () => {
  it('round-trips bytes through a real S3 API, stores identical content once, and deletes', async () => {
    const store = s3BlobStore(parseS3Url(`${endpoint.replace('//', '//S3RVER:S3RVER@')}/aims/evidence`));
    const bytes = crypto.randomBytes(300_000);
    const put = await store.put(bytes);
    expect(put).toEqual({ sha256: sha(bytes), size: 300_000, created: true });
    expect(await store.put(Buffer.from(bytes))).toEqual({ ...put, created: false });
    expect(await store.has(put.sha256)).toBe(true);
    expect(Buffer.compare(await readAll(await store.read(put.sha256)), bytes)).toBe(0);

    // A second server process sees the same store.
    const other = s3BlobStore({ endpoint, bucket: 'aims', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
    expect(Buffer.compare(await readAll(await other.read(put.sha256)), bytes)).toBe(0);

    await store.delete(put.sha256);
    expect(await store.has(put.sha256)).toBe(false);
    await expect(store.read(put.sha256)).rejects.toThrow(/missing/);
    expect(await store.has('not-a-hash')).toBe(false);
  });

  it('fails a read whose bytes no longer match their hash', async () => {
    const opts = { endpoint, bucket: 'aims', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
    const store = s3BlobStore(opts);
    const good = Buffer.from('the evidence as uploaded');
    const { sha256 } = await store.put(good);
    // Overwrite the object behind the store's back, as a tampering operator would.
    const { AwsClient } = await import('aws4fetch');
    const raw = new AwsClient({
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      service: 's3',
      region: 'us-east-1',
    });
    await raw.fetch(`${endpoint}/aims/evidence/${sha256.slice(0, 2)}/${sha256}`, {
      method: 'PUT',
      body: 'forged',
    });
    await expect(readAll(await store.read(sha256))).rejects.toThrow(/corrupt/);
  });

  it('parses AIMS_EVIDENCE_S3_URL and refuses one without bucket or credentials', () => {
    expect(
      parseS3Url('https://K:S%2Fx@s3.eu-west-1.amazonaws.com/bucket/org/evidence?region=eu-west-1'),
    ).toEqual({
      endpoint: 'https://s3.eu-west-1.amazonaws.com',
      bucket: 'bucket',
      prefix: 'org/evidence/',
      region: 'eu-west-1',
      accessKeyId: 'K',
      secretAccessKey: 'S/x',
    });
    expect(() => parseS3Url('https://K:S@host')).toThrow(/bucket/);
    expect(() => parseS3Url('https://host/b', {})).toThrow(/credentials/);
  });
});
