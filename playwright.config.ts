import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { chromiumLaunchOptions } from './e2e/chromium';

/**
 * The e2e suite runs against the production build (`dist/`) served by `npm run serve` with the
 * sandbox API. A free port is chosen once in the runner and handed to workers via the environment.
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
process.env.E2E_PORT ??= freePort();
// e2e/embed.spec.ts serves a portal page on http://localhost:<this port>.
process.env.E2E_HOST_PORT ??= freePort();
// A distinctive token, so that tests can search for it in URLs, storage and logs.
process.env.E2E_SANDBOX_TOKEN ??= 'e2e-sandbox-token-5c2f9a';
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 2,
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
  webServer: {
    command: 'npx tsx server/serve.ts',
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      SANDBOX_FAULTS: '1',
      SANDBOX_TOKEN: process.env.E2E_SANDBOX_TOKEN,
      // e2e/embed.spec.ts serves its host page on this origin.
      ALLOWED_ORIGINS: `http://localhost:${process.env.E2E_HOST_PORT}`,
      SANDBOX_DATA: `.sandbox/e2e-${port}.json`,
      ...(process.env.DIST_DIR ? { DIST_DIR: process.env.DIST_DIR } : {}),
    },
  },
});
