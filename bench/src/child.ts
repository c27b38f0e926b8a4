// Starts a server process (same process tree, so the load generator does not share its event loop) and
// talks to it: wait until ready, sample its RSS, stop it.
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEntry } from '../../scripts/build-server.mjs';
import type { ChildMessage, ParentMessage, ReadyMessage } from './servers/ipc.ts';
import { treeRss } from './tree-rss.ts';

/** A running server process. */
export interface ServerProcess {
  ready: ReadyMessage;
  /** The server process's id (for /proc). */
  pid: number | undefined;
  /** Resident set size of the server process and the processes it started (cluster workers), in bytes. */
  rss(): Promise<number>;
  stop(): Promise<void>;
}

function send(child: ChildProcess, m: ParentMessage): void {
  if (child.connected) child.send(m);
}

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const bundles = new Map<string, Promise<string>>();

/**
 * The process file `file` (TypeScript) as a JavaScript bundle in `bench/dist/`, built once per run: server
 * processes run compiled code, as `npm start` does, so tsx's compiler is in neither their start nor their memory.
 */
export function bundled(file: string): Promise<string> {
  let out = bundles.get(file);
  if (!out) {
    const outfile = path.join(dist, path.basename(file).replace(/\.ts$/, '.mjs'));
    out = bundleEntry(file, outfile).then(() => outfile);
    bundles.set(file, out);
  }
  return out;
}

/** Forks `file` (bundled) with `env` and resolves once it reports ready (rejects after `timeoutMs`). */
export async function startServerProcess(
  file: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<ServerProcess> {
  const child = fork(await bundled(file), [], {
    execArgv: [],
    env,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    send(child, { type: 'stop' });
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  const rss = () => {
    const fromProc = child.pid === undefined ? null : treeRss(child.pid);
    return fromProc !== null ? Promise.resolve(fromProc) : askRss();
  };
  const askRss = () =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no RSS answer from the server process')), 5_000);
      const onMessage = (m: ChildMessage) => {
        if (m.type !== 'rss') return;
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(m.rss);
      };
      child.on('message', onMessage);
      send(child, { type: 'rss' });
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${file} was not ready after ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('message', (m: ChildMessage) => {
      if (m.type === 'ready') {
        clearTimeout(timer);
        resolve({ ready: m, pid: child.pid, rss, stop });
      } else if (m.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(`${file} failed: ${m.message}`));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${file} exited (code ${code}) before it was ready`));
    });
  });
}
