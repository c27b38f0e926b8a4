// Server process for `--processes N` (issue 17 item 5): a Node cluster primary that starts N copies of
// dataset.server.ts sharing one loopback port (the primary hands connections to the workers in turn), and speaks
// the same protocol to the benchmark as a single server: ready once all are, RSS as the sum of all, stop all.
// PostgreSQL only: embedded PGlite allows one process per data directory.
import cluster, { type Worker } from 'node:cluster';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundled } from '../child.ts';
import type { ChildMessage, ParentMessage, ReadyMessage } from './ipc.ts';
import { sendToParent } from './ipc.ts';
import { freePort } from './listen.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const n = Number(process.env.BENCH_PROCESSES ?? '2');

/** Asks one worker for its RSS. */
function workerRss(w: Worker): Promise<number> {
  return new Promise((resolve) => {
    const on = (m: ChildMessage) => {
      if (m.type !== 'rss') return;
      w.off('message', on);
      resolve(m.rss);
    };
    w.on('message', on);
    w.send({ type: 'rss' } satisfies ParentMessage);
  });
}

try {
  if (!process.env.DATABASE_URL) throw new Error('--processes needs PostgreSQL (DATABASE_URL)');
  const port = await freePort();
  cluster.setupPrimary({
    exec: await bundled(path.join(here, 'dataset.server.ts')),
    execArgv: [],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const workers: Worker[] = [];
  const ready = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<ReadyMessage>((resolve, reject) => {
          const w = cluster.fork({ ...process.env, BENCH_PORT: String(port) });
          workers.push(w);
          w.on('message', (m: ChildMessage) => {
            if (m.type === 'ready') resolve(m);
            else if (m.type === 'failed') reject(new Error(m.message));
          });
          w.once('exit', (code) => reject(new Error(`a worker exited (code ${code}) before it was ready`)));
        }),
    ),
  );
  process.on('message', async (m: ParentMessage) => {
    if (m.type === 'rss') {
      const all = await Promise.all(workers.map(workerRss));
      sendToParent({ type: 'rss', rss: all.reduce((a, b) => a + b, process.memoryUsage().rss) });
    }
    if (m.type === 'stop') {
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve) => {
              w.once('exit', () => resolve());
              w.send({ type: 'stop' } satisfies ParentMessage);
            }),
        ),
      );
      process.exit(0);
    }
  });
  process.on('disconnect', () => {
    for (const w of workers) w.kill();
    process.exit(0);
  });
  sendToParent({ ...ready[0]!, info: { ...ready[0]!.info, processes: n } });
} catch (e) {
  sendToParent({ type: 'failed', message: (e as Error).stack ?? String(e) });
  process.exit(1);
}
