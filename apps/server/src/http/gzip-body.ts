// Request bodies sent with `Content-Encoding: gzip`, inflated before validation. OpenTelemetry collectors compress
// OTLP exports by default, so the OTLP endpoint takes them; the inflated size is bounded like any body.
import { gunzipSync } from 'node:zlib';
import { AppError } from '@openaims/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './types.ts';

/** Inflates a gzip body (at most `maxBytes` once inflated); other encodings than gzip and identity get 415. */
export function gzipBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const encoding = c.req.header('content-encoding')?.trim().toLowerCase();
    if (!encoding || encoding === 'identity') return next();
    if (encoding !== 'gzip')
      throw new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        `Content-Encoding ${encoding} is not taken; send gzip or none.`,
      );
    const zipped = Buffer.from(await c.req.raw.arrayBuffer());
    let body: Buffer;
    try {
      body = gunzipSync(zipped, { maxOutputLength: maxBytes });
    } catch (e) {
      if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          `The inflated request body is larger than ${maxBytes} bytes.`,
        );
      throw new AppError('VALIDATION_FAILED', 'The body is not valid gzip.', {
        errors: [{ path: 'body', message: 'not valid gzip' }],
      });
    }
    const headers = new Headers(c.req.raw.headers);
    headers.delete('content-encoding');
    headers.set('content-length', String(body.length));
    c.req.raw = new Request(c.req.raw.url, { method: c.req.raw.method, headers, body: new Uint8Array(body) });
    // Hono caches a body once read; start afresh from the inflated one.
    c.req.bodyCache = {};
    return next();
  };
}
