// `aims serve`: runs the HTTP server in this process (as `npm start` does) until SIGINT or SIGTERM.
import { startServer } from '@openaims/server';
import type { Command } from 'commander';
import { printJson, printLines } from '../support/output.ts';
import { configuredEnv, type StorageFlags, withDataDirOption } from '../support/storage.ts';

interface ServeFlags extends StorageFlags {
  port?: string;
  host?: string;
  json?: boolean;
}

/** Registers `aims serve`. */
export function registerServeCommand(program: Command): void {
  withDataDirOption(program.command('serve').description('run the OpenAIMS server (API and web app)'))
    .option('--port <port>', 'port to listen on (overrides PORT, default 8080)')
    .option('--host <host>', 'address to listen on (overrides HOST, default 127.0.0.1)')
    .option('--json', 'print {"url"} once listening')
    .action(async (flags: ServeFlags) => {
      const env = configuredEnv({ PORT: flags.port, HOST: flags.host, AIMS_DATA_DIR: flags.dataDir });
      const running = await startServer(env);
      if (flags.json) printJson({ url: running.url });
      else printLines(`OpenAIMS is running at ${running.url}`);
      // Stay up until a signal; the server, not this action, keeps the event loop alive.
      await new Promise<void>((resolve, reject) => {
        for (const signal of ['SIGINT', 'SIGTERM'] as const) {
          process.once(signal, () => running.stop().then(resolve, reject));
        }
      });
    });
}
