import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Each run gets a fresh embedded data directory, so the journey starts from an empty instance.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-e2e-'));
// A free loopback port, chosen once by the runner and inherited by its workers through the environment, so a
// server left running elsewhere can never answer for this run.
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
process.env.AIMS_E2E_PORT ??= String(await freePort());
const port = Number(process.env.AIMS_E2E_PORT);
const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  testDir: './tests',
  // Journeys are long and the machines are shared: a generous budget per journey, a tighter one per step.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  outputDir: path.join(os.tmpdir(), 'aims-e2e-results'),
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    headless: true,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.AIMS_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // The first-day journey sets the empty instance up; every other journey runs after it on the same data, whatever
  // its file name sorts as.
  projects: [
    { name: 'foundation', testMatch: /foundation\.journey\.spec\.ts$/ },
    { name: 'journeys', testIgnore: /foundation\.journey\.spec\.ts$/, dependencies: ['foundation'] },
  ],
  webServer: {
    command: 'node --import tsx apps/server/src/main.ts',
    cwd: root,
    url: `http://127.0.0.1:${port}/readyz`,
    timeout: 60_000,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      AIMS_DATA_DIR: dataDir,
      AIMS_LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
  },
});
