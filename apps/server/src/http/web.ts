// Serves the built web app (apps/web/dist) with a single-page-app fallback to index.html.
import fs from 'node:fs';
import path from 'node:path';
import type { Context } from 'hono';
import type { AppEnv } from './types.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>OpenAIMS</title></head>
<body><h1>OpenAIMS</h1><p>The API is running, but the web app is not built. Run <code>npm run build</code>, or start with <code>npm start</code>, which builds it.</p>
<p>API documentation: <a href="/api/docs">/api/docs</a></p></body></html>`;

/** A file of the web app, or index.html for client-side routes; hashed assets are cached for a year. */
export function serveWeb(c: Context<AppEnv>, webDir: string | undefined): Response {
  if (!webDir || !fs.existsSync(path.join(webDir, 'index.html'))) return c.html(NOT_BUILT, 200);
  const root = path.resolve(webDir);
  let rel: string;
  try {
    rel = decodeURIComponent(c.req.path);
  } catch {
    rel = '/';
  }
  const file = path.resolve(root, `.${path.posix.normalize(rel)}`);
  const inside = file.startsWith(root + path.sep);
  if (inside && fs.existsSync(file) && fs.statSync(file).isFile()) {
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const cache = file.includes(`${path.sep}assets${path.sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache';
    return new Response(fs.readFileSync(file), {
      status: 200,
      headers: { 'content-type': type, 'cache-control': cache },
    });
  }
  if (path.extname(rel)) return c.text('Not found', 404);
  return new Response(fs.readFileSync(path.join(root, 'index.html')), {
    status: 200,
    headers: { 'content-type': TYPES['.html']!, 'cache-control': 'no-cache' },
  });
}
