// Evidence bytes in an S3-compatible bucket (issue 11; DESIGN §3: several server processes share one store), behind
// the same BlobStore interface as the disk store. Objects are content-addressed (`<prefix>ab/<sha256>`); S3 makes
// a PUT visible only once complete, so a reader never sees half an object. Requests are signed with AWS SigV4
// (aws4fetch) and use path-style addresses, which AWS, MinIO, Ceph, Garage and s3rver all accept.
import crypto from 'node:crypto';
import { AppError } from '@openaims/core';
import { AwsClient } from 'aws4fetch';
import type { BlobStore } from './blob-store.ts';
import { verifyingWebStream } from './verifying-stream.ts';

const SHA256 = /^[0-9a-f]{64}$/;

/** Where the bucket is and how to sign for it. */
export interface S3BlobStoreOptions {
  /** Service address, e.g. `https://s3.eu-west-1.amazonaws.com` or `http://127.0.0.1:9000`. */
  endpoint: string;
  bucket: string;
  /** Key prefix inside the bucket (default `evidence/`). */
  prefix?: string;
  region?: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * Parses `AIMS_EVIDENCE_S3_URL`: `http(s)://ACCESS_KEY:SECRET@host[:port]/bucket[/prefix]?region=…`. Credentials
 * may instead come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.
 */
export function parseS3Url(
  value: string,
  env: Record<string, string | undefined> = process.env,
): S3BlobStoreOptions {
  const u = new URL(value);
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new Error('must be an http:// or https:// URL');
  const [bucket, ...rest] = u.pathname.split('/').filter(Boolean);
  if (!bucket) throw new Error('name the bucket as the first path segment, e.g. https://host/my-bucket');
  const accessKeyId = decodeURIComponent(u.username) || env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = decodeURIComponent(u.password) || env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey)
    throw new Error(
      'give credentials in the URL (https://KEY:SECRET@host/bucket) or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY',
    );
  return {
    endpoint: `${u.protocol}//${u.host}`,
    bucket,
    prefix: rest.length ? `${rest.join('/')}/` : 'evidence/',
    region: u.searchParams.get('region') ?? env.AWS_REGION ?? 'us-east-1',
    accessKeyId,
    secretAccessKey,
  };
}

/** Evidence blobs in an S3-compatible bucket. */
export function s3BlobStore(opts: S3BlobStoreOptions): BlobStore {
  const client = new AwsClient({
    accessKeyId: opts.accessKeyId,
    secretAccessKey: opts.secretAccessKey,
    region: opts.region ?? 'us-east-1',
    service: 's3',
  });
  const prefix = opts.prefix ?? 'evidence/';
  const urlOf = (sha256: string) => {
    if (!SHA256.test(sha256)) throw new AppError('NOT_FOUND', 'No stored content has this hash.');
    return `${opts.endpoint.replace(/\/$/, '')}/${encodeURIComponent(opts.bucket)}/${prefix}${sha256.slice(0, 2)}/${sha256}`;
  };
  const fail = (what: string, res: Response) =>
    new AppError('UNAVAILABLE', `The evidence store answered ${res.status} to ${what}.`);
  const has = async (sha256: string) => {
    if (!SHA256.test(sha256)) return false;
    const res = await client.fetch(urlOf(sha256), { method: 'HEAD' });
    if (res.status === 404) return false;
    if (!res.ok) throw fail('HEAD', res);
    return true;
  };
  return {
    async put(bytes) {
      const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
      if (await has(sha256)) return { sha256, size: bytes.byteLength, created: false };
      const res = await client.fetch(urlOf(sha256), {
        method: 'PUT',
        body: bytes as Uint8Array<ArrayBuffer>,
        headers: { 'content-type': 'application/octet-stream', 'x-amz-meta-sha256': sha256 },
      });
      if (!res.ok) throw fail('PUT', res);
      await res.arrayBuffer();
      return { sha256, size: bytes.byteLength, created: true };
    },
    has,
    async read(sha256) {
      const res = await client.fetch(urlOf(sha256));
      if (res.status === 404)
        throw new AppError('INTERNAL', `The stored content ${sha256} is missing from the evidence store.`);
      if (!res.ok || !res.body) throw fail('GET', res);
      return verifyingWebStream(res.body, sha256);
    },
    async delete(sha256) {
      const res = await client.fetch(urlOf(sha256), { method: 'DELETE' });
      if (!res.ok && res.status !== 404) throw fail('DELETE', res);
    },
  };
}
