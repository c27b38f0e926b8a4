// Serves a fetch handler on 127.0.0.1 at a random port, or BENCH_PORT (cluster workers share one), loopback only.
import net from 'node:net';
import { type ServerType, serve } from '@hono/node-server';

/** Listens and resolves with the URL and a way to close the server. */
export function listenOnLoopback(
  fetch: (req: Request) => Response | Promise<Response>,
): Promise<{ url: string; close(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const server: ServerType = serve(
      { fetch, port: Number(process.env.BENCH_PORT ?? 0), hostname: '127.0.0.1' },
      (info) => {
        resolve({
          url: `http://127.0.0.1:${info.port}`,
          close: () => new Promise<void>((done) => server.close(() => done())),
        });
      },
    );
    server.once('error', reject);
  });
}

/** A free loopback port, found by listening on port 0 and closing (for a child process to take). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}
