// The `cold-start` scenario (issue 17: "cold start < 1 s"): the server as `npm start` runs it — its JavaScript
// bundle's main() in a new Node process — on the generated dataset, timed from the spawn to the first 200 of
// /healthz. Next to it, in the same run and interleaved with it, a bare Node HTTP server timed the same way: the
// machine's own cost of starting a process and answering, so a busy machine shows as a slow baseline, not as a slow
// server. The data already exist (a restart, not a first start: initdb is not in the figure).
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildServer, OUTPUTS } from '../../scripts/build-server.mjs';
import { freePort } from './servers/listen.ts';
import { procMemory } from './tree-rss.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What one kind of start measured over its runs, in milliseconds, with the largest peak RSS in bytes. */
export interface StartTimes {
  timesMs: number[];
  peakRss: number;
}

/** Spawns `script` (evaluated by node) and times it to the first 200 of /healthz; then stops it and waits. */
async function timeOneStart(
  script: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ ms: number; peakRss: number }> {
  const port = await freePort();
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => (gone = true));
  try {
    for (;;) {
      if (gone) throw new Error(`the process exited before it answered: ${stderr.trim().slice(-500)}`);
      if (performance.now() - started > timeoutMs)
        throw new Error(`no 200 from /healthz after ${timeoutMs / 1000} s: ${stderr.trim().slice(-500)}`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) {
        const ms = performance.now() - started;
        return { ms, peakRss: procMemory(child.pid!, 'VmHWM') };
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    // SIGTERM: the server closes its storage (PGlite's data directory lock) before the next run starts.
    if (!gone) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}

/** The bare baseline: Node's own HTTP server answering /healthz, started from nothing. */
const BASELINE_SCRIPT = `import http from 'node:http';
http.createServer((req, res) => { res.end('ok'); }).listen(Number(process.env.PORT), process.env.HOST);
process.once('SIGTERM', () => process.exit(0));`;

/**
 * `runs` starts of the OpenAIMS bundle (built first, as `npm start` builds it) and of the bare baseline, taken in
 * turn so both meet the same load; `env` points the server at the dataset (AIMS_DATA_DIR or DATABASE_URL).
 */
export async function coldStarts(
  env: NodeJS.ProcessEnv,
  runs: number,
): Promise<{ server: StartTimes; baseline: StartTimes }> {
  await buildServer();
  const bundle = pathToFileURL(path.join(root, OUTPUTS.server)).href;
  const serverScript = `const { main } = await import(${JSON.stringify(bundle)}); await main();`;
  const childEnv = { ...env, AIMS_LOG_LEVEL: 'warn' };
  const server: StartTimes = { timesMs: [], peakRss: 0 };
  const baseline: StartTimes = { timesMs: [], peakRss: 0 };
  // One start of each first, not counted: the files are in the page cache for every counted run alike.
  await timeOneStart(serverScript, childEnv, 60_000);
  for (let i = 0; i < runs; i++) {
    const b = await timeOneStart(BASELINE_SCRIPT, childEnv, 30_000);
    baseline.timesMs.push(b.ms);
    baseline.peakRss = Math.max(baseline.peakRss, b.peakRss);
    const s = await timeOneStart(serverScript, childEnv, 60_000);
    server.timesMs.push(s.ms);
    server.peakRss = Math.max(server.peakRss, s.peakRss);
  }
  return { server, baseline };
}
