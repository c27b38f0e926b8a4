// An in-process app on a fresh test database, for route tests through `app.request()`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { type BlobStore, diskBlobStore } from '@openaims/services';
import pino from 'pino';
import { type BuiltApp, createApp } from '../app.ts';
import { parseEnv } from '../env.ts';
import type { OidcClient } from '../routes/oidc.routes.ts';

/** A test app and its database. */
export interface TestApp extends BuiltApp {
  database: Database;
  /** The app's evidence store, in a temporary directory removed by `close`. */
  blobs: BlobStore;
  /** Sends a request; `json` is serialized with the right content type; `token` becomes a Bearer header. */
  call(
    method: string,
    path: string,
    opts?: {
      json?: unknown;
      token?: string;
      cookie?: string;
      headers?: Record<string, string>;
      body?: BodyInit;
    },
  ): Promise<Response>;
  close(): Promise<void>;
}

/** Builds the app on a fresh migrated database of the engine under test. */
export async function testApp(
  opts: { env?: Record<string, string>; oidc?: OidcClient; webDir?: string } = {},
): Promise<TestApp> {
  const database = await testDatabase();
  const env = parseEnv({ AIMS_LOG_LEVEL: 'silent', ...opts.env });
  const blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-test-evidence-'));
  const blobs = diskBlobStore(blobDir);
  const built = createApp({
    database,
    env,
    log: pino({ level: 'silent' }),
    blobs,
    oidc: opts.oidc,
    webDir: opts.webDir,
  });
  return {
    ...built,
    database,
    blobs,
    call(method, path, o = {}) {
      const headers: Record<string, string> = { ...(o.headers ?? {}) };
      let body = o.body;
      if (o.json !== undefined) {
        headers['content-type'] ??= 'application/json';
        body = JSON.stringify(o.json);
      }
      if (o.token) headers.authorization = `Bearer ${o.token}`;
      if (o.cookie) headers.cookie = o.cookie;
      return Promise.resolve(built.app.request(`http://127.0.0.1${path}`, { method, headers, body }));
    },
    async close() {
      await database.close();
      fs.rmSync(blobDir, { recursive: true, force: true });
    },
  };
}

/** Cookies and CSRF token of a browser-like session, from a sign-in or set-up response. */
export function sessionFrom(res: Response): { cookie: string; csrf: string } {
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = cookies.find((c) => c.startsWith('aims_csrf='))?.slice('aims_csrf='.length) ?? '';
  return { cookie: cookies.join('; '), csrf };
}
