/**
 * The compare view with a 6-article story of ~1,000 words each (the alignment benchmark's story,
 * English and Russian) in Debian's Chromium against the HTTP host: time for compare.align on the
 * backend, and time from its reply to every row being in the page. Needs `npm run build:renderer`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { createBackend } from '../../electron/backend/backend.ts';
import { startHttpHost } from '../../electron/http-host/server.ts';
import { buildStory } from './align.bench.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const rendererDir = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

export async function benchCompareRender(runs = 5): Promise<void> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.log('skipped: the renderer is not built (npm run build:renderer)');
    return;
  }
  const dir = makeTempDir('parallax-bench-compare-');
  const backend = await createBackend({ dataDir: join(dir.path, 'data'), log: () => undefined });
  const host = await startHttpHost({ backend, rendererDir, port: 0 });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const folder = join(dir.path, 'story');
    mkdirSync(folder);
    buildStory().forEach((article, i) => {
      const body = article.passages.map((p) => p.text).join('\n\n');
      writeFileSync(join(folder, `story-${i + 1}.txt`), `Story article ${i + 1}\n\n${body}\n`);
    });
    const started = await backend.handle('articles.import', { paths: [folder] });
    if (!started.ok) throw new Error(started.error.message);
    const { jobId } = started.value as { jobId: string };
    await backend.waitForImport(jobId);
    const list = await backend.handle('articles.list', { limit: 10 });
    if (!list.ok) throw new Error(list.error.message);
    const ids = (list.value as { items: { id: string }[] }).items.map((a) => a.id).slice(0, 6);
    const aligned = await backend.handle('compare.align', { articleIds: ids });
    const rows = aligned.ok ? (aligned.value as { rows: unknown[] }).rows.length : 0;
    const state = {
      storyId: null,
      title: 'Benchmark story',
      candidates: ids,
      columns: ids,
      pivot: ids[0],
      showDiff: false,
      ignoreCaseAndPunctuation: false,
      panel: 'rows',
    };
    await backend.handle('settings.setViewState', { view: 'compare', state });

    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const renders: number[] = [];
    const totals: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      await page.goto(`${host.url}/#/library`);
      await page.waitForSelector('[role="grid"], [role="table"]');
      const t0 = performance.now();
      const reply = page.waitForResponse((r) => r.url().endsWith('/api/compare.align'));
      await page.goto(`${host.url}/#/compare`);
      await reply;
      const t1 = performance.now();
      // Every aligned row is in the page (the view may show a few more: gaps it labels).
      await page.waitForFunction(
        (count) =>
          document.querySelectorAll('[aria-label="Aligned passages"] [role="row"]').length > count,
        rows,
      );
      const t2 = performance.now();
      renders.push(t2 - t1);
      totals.push(t2 - t0);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    console.log(`6 articles, ${rows} rows, all rendered (not virtualised)`);
    console.log(
      `render after the reply: median ${median(renders).toFixed(0)} ms; open the view (align + render): median ${median(totals).toFixed(0)} ms over ${runs} runs (target < 500 ms render)`,
    );
  } finally {
    await browser.close();
    await host.close();
    await backend.close();
    dir.remove();
  }
}
