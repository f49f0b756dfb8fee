/**
 * A Playwright fixture that runs the real HTTP host for one test: `serve.ts --port 0` on a fresh
 * temporary data folder (so the five sample articles are imported), waits for the printed URL,
 * and stops the host and removes the folder afterwards.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const startTimeoutMs = 30_000;
const listeningLine = /Parallax listening on (http:\/\/\S+)/;

export interface Host {
  url: string;
  dataDir: string;
}

function waitForUrl(child: ChildProcess, output: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(new Error(`host did not start within ${startTimeoutMs} ms:\n${output.join('')}`)),
      startTimeoutMs,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = listeningLine.exec(output.join(''));
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ''));
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with code ${code} before listening:\n${output.join('')}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killTimer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(killTimer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export const test = base.extend<{ host: Host }>({
  // Playwright reads a fixture's dependencies from its destructured first argument; this one has none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use, testInfo) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'parallax-e2e-'));
    const child = spawn(
      process.execPath,
      ['electron/http-host/serve.ts', '--port', '0', '--data', dataDir],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const output: string[] = [];
    try {
      const url = await waitForUrl(child, output);
      await use({ url, dataDir });
    } finally {
      await stop(child);
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('host-output', { body: output.join(''), contentType: 'text/plain' });
      }
      await rm(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect };

export const fixturePath = (name: string) =>
  fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

/** Screenshots for design review, written only when PARALLAX_SHOTS names a folder. */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.PARALLAX_SHOTS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/** Titles of the five sample articles a new library starts with (corpus/). */
export const sampleTitles = {
  cgtn: 'Russia, NATO military chiefs agree to continue contact',
  sputnik: "'Change Possible': NATO Takes a Step Towards Defrosting Relations With Moscow",
  rt: "NATO wants to 'reestablish communication' with Russia's military",
  panarmenian: 'NATO delegation is in Moscow in a bid ‘to warm up ties’',
  segodnya: 'В НАТО объяснили сближение с Россией',
};
