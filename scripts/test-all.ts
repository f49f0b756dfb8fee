/**
 * `npm test`: typecheck, lint, unit + integration (Vitest), e2e in Chromium (Playwright against the
 * HTTP host) and the Electron e2e suite (skipped, with its reason, where no Electron binary exists).
 * Stops at the first failing step; ends with one summary line "N passed, N failed, N skipped".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

// Absolute: Playwright resolves report paths against its config's folder.
const outDir = resolve('.tmp/test-results');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Counts = { passed: 0, failed: 0, skipped: 0 };

function step(name: string, command: string, env: Record<string, string> = {}): boolean {
  console.log(`\n── ${name} ──`);
  const result = spawnSync(command, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0)
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal})`);
  return result.status === 0;
}

function addVitest(file: string): void {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  total.passed += r.numPassedTests;
  total.failed += r.numFailedTests;
  total.skipped += r.numPendingTests + r.numTodoTests;
}

/** Failed tests in a Vitest JSON report; -1 when there is no report. */
function failedVitestTests(file: string): number {
  if (!existsSync(file)) return -1;
  return (JSON.parse(readFileSync(file, 'utf8')) as { numFailedTests: number }).numFailedTests;
}

interface PlaywrightSuite {
  specs?: { title: string; tests: { annotations: { type: string; description?: string }[] }[] }[];
  suites?: PlaywrightSuite[];
}

/** Skip reasons, once each: a skipped suite must say why. */
function skipReasons(suites: PlaywrightSuite[] = [], into = new Set<string>()): Set<string> {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        for (const a of test.annotations)
          if (a.type === 'skip' && a.description) into.add(a.description);
      }
    }
    skipReasons(suite.suites, into);
  }
  return into;
}

function addPlaywright(file: string): void {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    suites: PlaywrightSuite[];
  };
  for (const reason of skipReasons(r.suites)) console.log(`skipped: ${reason}`);
  total.passed += r.stats.expected + r.stats.flaky;
  total.failed += r.stats.unexpected;
  total.skipped += r.stats.skipped;
}

function finish(ok: boolean): never {
  console.log(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exit(ok ? 0 : 1);
}

const only = process.argv[2];
let ok = true;
if (!only || only === 'static') {
  ok = step('typecheck', 'npm run --silent typecheck') && step('lint', 'npm run --silent lint');
  if (!ok) finish(false);
}
if (!only || only === 'unit') {
  const vitest = `npx vitest run --reporter=default --reporter=json --outputFile.json=${outDir}/vitest.json`;
  ok = step('unit and integration (vitest)', vitest);
  if (!ok && failedVitestTests(`${outDir}/vitest.json`) === 0) {
    // Vitest failed with no failing test: a test process died (seen once: a SIGSEGV inside
    // node:sqlite under load, not reproduced in a dozen runs since). Run the suite
    // once more; a real failure fails again, and both runs are in the log.
    console.error('\nVitest ended with an error but no failed test (a crashed test process).');
    ok = step('unit and integration (vitest), run again', vitest);
  }
  addVitest(`${outDir}/vitest.json`);
  if (!ok) finish(false);
}
if (!only || only === 'e2e') {
  ok = step(
    'e2e in Chromium (playwright)',
    'npm run --silent build:renderer && npx playwright test -c tests/playwright.config.ts --reporter=list,json',
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: `${outDir}/e2e.json`,
    },
  );
  addPlaywright(`${outDir}/e2e.json`);
  if (!ok) finish(false);
  ok = step(
    'e2e in Electron (playwright _electron)',
    'npm run --silent build && npx playwright test -c tests/electron/playwright.config.ts --reporter=list,json',
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: `${outDir}/electron.json`,
    },
  );
  addPlaywright(`${outDir}/electron.json`);
}
finish(ok);
