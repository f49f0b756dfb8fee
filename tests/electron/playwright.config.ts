/**
 * Electron end-to-end suite: `npm run build && playwright test -c tests/electron/playwright.config.ts`.
 * Drives the built app (dist/) with a stock Electron binary; skips itself, with the reason, where
 * none is installed (see electron-binary.ts).
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
