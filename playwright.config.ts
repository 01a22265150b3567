import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { chromiumLaunchOptions } from './e2e/chromium';

/**
 * The e2e suite runs against the production build (`dist/`) served by `npm run serve` with the
 * sandbox API, one server per worker.
 */
const freePort = () =>
  execFileSync(
    process.execPath,
    [
      '-e',
      "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
    ],
    { encoding: 'utf8' },
  ).trim();
// A server per worker, each with its own sandbox data and faults, so that no test waits for
// another worker's. The ports are chosen once, in the runner, and inherited by the workers; each
// worker then reads its own pair by its parallel index (set before this file is loaded there).
const WORKERS = 2;
const servers = Array.from({ length: WORKERS }, (_, index) => ({
  port: (process.env[`E2E_PORT_${index}`] ??= freePort()),
  // The portal page of e2e/embed.spec.ts, on http://localhost:<this port>.
  hostPort: (process.env[`E2E_HOST_PORT_${index}`] ??= freePort()),
}));
const own = servers[Number(process.env.TEST_PARALLEL_INDEX ?? 0)] ?? servers[0]!;
process.env.E2E_PORT = own.port;
process.env.E2E_HOST_PORT = own.hostPort;
// A distinctive token, so that tests can search for it in URLs, storage and logs.
const sandboxToken = (process.env.E2E_SANDBOX_TOKEN ??= 'e2e-sandbox-token-5c2f9a');
const baseURL = `http://127.0.0.1:${own.port}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: WORKERS,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    // No transitions: the page is checked as it settles, not mid-animation (see theme.ts).
    reducedMotion: 'reduce',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: servers.map(({ port, hostPort }) => ({
    command: 'npx tsx server/serve.ts',
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: port,
      HOST: '127.0.0.1',
      SANDBOX_FAULTS: '1',
      SANDBOX_TOKEN: sandboxToken,
      // e2e/embed.spec.ts serves its host page on this origin.
      ALLOWED_ORIGINS: `http://localhost:${hostPort}`,
      SANDBOX_DATA: `.sandbox/e2e-${port}.json`,
      ...(process.env.DIST_DIR ? { DIST_DIR: process.env.DIST_DIR } : {}),
    },
  })),
});
