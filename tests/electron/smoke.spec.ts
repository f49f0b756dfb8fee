/**
 * Smoke test of the desktop app: the built app (dist/) in a real Electron, on a fresh user-data
 * folder. Checks that the sample corpus shows up and that the window's security invariants hold
 * at run time. Needs `npm run build` first and an Electron binary (see electron-binary.ts).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { PreloadBridge } from '../../shared/api/transport.ts';
import { contentSecurityPolicy } from '../../electron/main/security.ts';
import { findElectronBinary } from './electron-binary.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const electronBinary = findElectronBinary(process.env, repoRoot);

/** Environment of the app under test: a private user-data folder, nothing inherited that moves it. */
function appEnv(userData: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && name !== 'PARALLAX_DATA_DIR') env[name] = value;
  }
  return { ...env, PARALLAX_USER_DATA: userData };
}

test.describe('desktop app', () => {
  test.skip(
    electronBinary === null,
    'no Electron binary: set ELECTRON_OVERRIDE_DIST_PATH or let npm install download it',
  );
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let userData = '';

  test.beforeAll(async () => {
    for (const built of ['dist/electron/main.cjs', 'dist/renderer/index.html']) {
      if (!existsSync(path.join(repoRoot, built))) {
        throw new Error(`${built} is missing: run \`npm run build\` first`);
      }
    }
    userData = await mkdtemp(path.join(tmpdir(), 'parallax-electron-'));
    app = await _electron.launch({
      executablePath: electronBinary ?? undefined,
      // Chromium refuses to start as root (containers, CI) unless its own OS sandbox is off; the
      // renderer sandbox settings under test are unaffected by this switch.
      args: [repoRoot, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      cwd: repoRoot,
      env: appEnv(userData),
    });
    page = await app.firstWindow();
    await page.waitForURL(/^app:\/\/parallax\//);
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) await rm(userData, { recursive: true, force: true });
  });

  test('shows the five sample articles in the library on first run', async () => {
    const reply = await page.evaluate(() =>
      (window as unknown as { parallax: PreloadBridge }).parallax.invoke('articles.list', {}),
    );
    if (!reply.ok) throw new Error(`articles.list failed: ${reply.error.message}`);
    expect(reply.value.total).toBe(5);
    const grid = page.getByRole('grid');
    for (const article of reply.value.items) {
      await expect(grid.getByRole('row').filter({ hasText: article.title })).toHaveCount(1);
    }
  });

  test('exposes window.parallax with invoke and on only', async () => {
    const bridge = await page.evaluate(() => {
      const value = (window as unknown as { parallax: Record<string, unknown> }).parallax;
      return Object.keys(value)
        .sort()
        .map((key) => [key, typeof value[key]]);
    });
    expect(bridge).toEqual([
      ['invoke', 'function'],
      ['on', 'function'],
    ]);
  });

  test('gives the page no Node: no require, no process, no module', async () => {
    const globals = await page.evaluate(() => {
      const scope = window as unknown as Record<string, unknown>;
      return ['require', 'process', 'module', 'Buffer', 'global'].map((name) => [
        name,
        typeof scope[name],
      ]);
    });
    expect(globals).toEqual([
      ['require', 'undefined'],
      ['process', 'undefined'],
      ['module', 'undefined'],
      ['Buffer', 'undefined'],
      ['global', 'undefined'],
    ]);
  });

  test('refuses contract names it does not know', async () => {
    const reply = await page.evaluate(() =>
      (
        window as unknown as { parallax: { invoke: (m: string, i: unknown) => Promise<unknown> } }
      ).parallax.invoke('shell.openExternal', { url: 'https://example.com' }),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  test('denies navigation to a remote site', async () => {
    // Listen in the main process; the app's own will-navigate guard was registered first, so by
    // the time this listener runs the navigation has been cancelled or it never will be.
    await app.evaluate(({ BrowserWindow }) => {
      const [window] = BrowserWindow.getAllWindows();
      const seen = new Promise<{ url: string; isPrevented: boolean }>((resolve) => {
        window?.webContents.once('will-navigate', (event) =>
          resolve({ url: event.url, isPrevented: event.defaultPrevented }),
        );
      });
      (globalThis as { navigationSeen?: Promise<unknown> }).navigationSeen = seen;
    });
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    const seen = await app.evaluate(
      () => (globalThis as { navigationSeen?: Promise<unknown> }).navigationSeen,
    );
    expect(seen).toEqual({ url: 'https://example.com/', isPrevented: true });
    expect(await page.evaluate(() => window.location.href)).toMatch(/^app:\/\/parallax\//);
    expect(await page.evaluate(() => typeof (window as { parallax?: unknown }).parallax)).toBe(
      'object',
    );
  });

  test('serves the app with the strict Content-Security-Policy header', async () => {
    const header = await page.evaluate(async () => {
      const response = await fetch('./index.html');
      return response.headers.get('content-security-policy');
    });
    expect(header).toBe(contentSecurityPolicy);
  });
});
