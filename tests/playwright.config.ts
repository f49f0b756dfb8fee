import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the real UI (dist/renderer, built by `npm run test:e2e`) against the real HTTP
 * host, in Debian's Chromium; Playwright cannot download its own browsers here. Each test starts
 * its own host on a free port with a fresh data folder (see e2e/host-fixture.ts).
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: '../test-results/e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    headless: true,
    viewport: { width: 1360, height: 860 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
