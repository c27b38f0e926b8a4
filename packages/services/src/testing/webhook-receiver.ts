// A webhook receiver on loopback for tests: answers with the statuses it is given in turn, keeps every request.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One received request. */
export interface ReceivedHook {
  headers: http.IncomingHttpHeaders;
  body: string;
  answered: number;
}

/** A running receiver. `statuses` are answered in order; after them, 200. */
export async function startWebhookReceiver(statuses: number[] = []) {
  const received: ReceivedHook[] = [];
  const queue = [...statuses];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const answered = queue.shift() ?? 200;
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answered });
      res.writeHead(answered, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
