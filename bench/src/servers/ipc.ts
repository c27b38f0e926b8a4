// The small protocol between the benchmark and its server processes: ready, RSS on request, stop.

/** Sent once by a server process when it listens. */
export interface ReadyMessage {
  type: 'ready';
  url: string;
  /** What the load should request, and with which headers. */
  path: string;
  headers: Record<string, string>;
  /** Anything else worth recording (engine, seed time). */
  info: Record<string, unknown>;
}

/** Parent → child. */
export type ParentMessage = { type: 'rss' } | { type: 'stop' };
/** Child → parent. */
export type ChildMessage = ReadyMessage | { type: 'rss'; rss: number } | { type: 'failed'; message: string };

/** Answers RSS requests and stops on request; `stop` closes the server and storage. */
export function serveParent(stop: () => Promise<void>): void {
  process.on('message', (m: ParentMessage) => {
    if (m.type === 'rss')
      process.send?.({ type: 'rss', rss: process.memoryUsage().rss } satisfies ChildMessage);
    if (m.type === 'stop') {
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    }
  });
  // Never outlive the benchmark.
  process.on('disconnect', () => {
    stop().finally(() => process.exit(0));
  });
}

/** Tells the parent this process is ready, or why it is not. */
export function sendToParent(m: ChildMessage): void {
  process.send?.(m);
}
