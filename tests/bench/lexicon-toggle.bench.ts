/**
 * A lexicon edit reaching the highlights, backend side: on a 6-article story (the alignment
 * benchmark's story, ~1,000 words each, English and Russian) the time from `lexicons.setEnabled`
 * to `framing.analyze` answering with the updated cues. The edit recompiles the edited language's
 * matchers only; the figure is what the reader and compare views wait for after a toggle. Then, in
 * Chromium against the HTTP host (when the renderer is built), the compare view of that story: time
 * to draw every highlight after framing.analyze answers, and from a toggle to the highlights on
 * screen changing.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startHttpHost } from '../../electron/http-host/server.ts';
import type { Output } from '../../shared/api/contract.ts';
import { createBackend, type Backend } from '../../electron/backend/backend.ts';
import { buildStory } from './align.bench.ts';
import { makeTempDir } from '../support/temp-dir.ts';

type Cue = Output<'framing.analyze'>[number];

async function call<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const reply = await backend.handle(method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value as T;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function benchLexiconToggle(runs = 9): Promise<void> {
  const dir = makeTempDir('parallax-bench-lexicons-');
  const backend = await createBackend({ dataDir: join(dir.path, 'data'), log: () => undefined });
  try {
    const folder = join(dir.path, 'story');
    mkdirSync(folder);
    buildStory().forEach((article, i) => {
      const body = article.passages.map((p) => p.text).join('\n\n');
      writeFileSync(join(folder, `story-${i + 1}.txt`), `Story article ${i + 1}\n\n${body}\n`);
    });
    const { jobId } = await call<{ jobId: string }>(backend, 'articles.import', {
      paths: [folder],
    });
    await backend.waitForImport(jobId);
    const list = await call<Output<'articles.list'>>(backend, 'articles.list', { limit: 10 });
    const articleIds = list.items.map((a) => a.id).slice(0, 6);
    const analyze = () => call<Cue[]>(backend, 'framing.analyze', { articleIds });

    // The busiest English entry: toggling it changes the most highlights.
    const first = await analyze();
    const counts = new Map<string, { cue: Cue; n: number }>();
    for (const cue of first) {
      if (!cue.entryId || cue.language !== 'en' || !cue.lexiconKind) continue;
      const key = `${cue.lexiconKind}/${cue.entryId}`;
      counts.set(key, { cue, n: (counts.get(key)?.n ?? 0) + 1 });
    }
    const busiest = [...counts.values()].sort((a, b) => b.n - a.n)[0];
    if (!busiest) throw new Error('no lexicon cue in the story');
    const { entryId, lexiconKind } = busiest.cue;

    const steady: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const t0 = performance.now();
      await analyze();
      steady.push(performance.now() - t0);
    }
    const toggles: number[] = [];
    const saves: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      for (const enabled of [false, true]) {
        const t0 = performance.now();
        await call(backend, 'lexicons.setEnabled', {
          language: 'en',
          kind: lexiconKind,
          id: entryId,
          enabled,
        });
        const t1 = performance.now();
        const cues = await analyze();
        const t2 = performance.now();
        const present = cues.some((c) => c.entryId === entryId);
        if (present !== enabled) throw new Error('the toggle did not change the cues');
        saves.push(t1 - t0);
        toggles.push(t2 - t0);
      }
    }
    await inBrowser(backend, articleIds, lexiconKind ?? '', entryId ?? '');
    console.log(
      `6-article story, ${first.length} cues; toggled en/${lexiconKind}/${entryId} (${busiest.n} cues)`,
    );
    console.log(
      `toggle → updated cues: median ${median(toggles).toFixed(1)} ms, max ${Math.max(...toggles).toFixed(1)} ms over ${toggles.length} toggles (save ${median(saves).toFixed(1)} ms + analyze with the language recompiled); analyze without an edit: median ${median(steady).toFixed(1)} ms (issue target: no visible delay)`,
    );
  } finally {
    await backend.close();
    dir.remove();
  }
}

const rendererDir = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

async function inBrowser(
  backend: Backend,
  articleIds: string[],
  kind: string,
  entryId: string,
  runs = 5,
): Promise<void> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.log('browser part skipped: the renderer is not built (npm run build:renderer)');
    return;
  }
  const host = await startHttpHost({ backend, rendererDir, port: 0 });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const state = {
      storyId: null,
      title: 'Benchmark story',
      candidates: articleIds,
      columns: articleIds,
      pivot: articleIds[0],
      showDiff: false,
      ignoreCaseAndPunctuation: false,
      panel: 'rows',
    };
    await call(backend, 'settings.setViewState', { view: 'compare', state });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const countCues = () => page.evaluate(() => document.querySelectorAll('.cue').length);
    const draws: number[] = [];
    let cues = 0;
    for (let i = 0; i < runs; i += 1) {
      await page.goto(`${host.url}/#/library`);
      await page.waitForSelector('[role="grid"], [role="table"]');
      await page.evaluate(() => performance.clearResourceTimings());
      await page.goto(`${host.url}/#/compare`);
      // Timed in the page, from the framing answer's last byte to the highlights in the DOM.
      draws.push(
        await page.evaluate(async () => {
          for (;;) {
            const entry = performance
              .getEntriesByType('resource')
              .find((e) => e.name.endsWith('/api/framing.analyze'));
            const drawn = document.querySelectorAll('.cue').length > 0;
            if (entry && drawn)
              return performance.now() - (entry as PerformanceResourceTiming).responseEnd;
            await new Promise((resolve) => requestAnimationFrame(resolve));
          }
        }),
      );
      cues = await countCues();
    }
    const offs: number[] = [];
    const ons: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      for (const enabled of [false, true]) {
        // Timed in the page: the backend shares this process with the browser's driver.
        const ms = await page.evaluate(
          async (input) => {
            const before = document.querySelectorAll('.cue').length;
            performance.clearResourceTimings();
            const analyzed = () =>
              performance
                .getEntriesByType('resource')
                .filter((e) => e.name.endsWith('/api/framing.analyze')).length;
            const t0 = performance.now();
            const changed = new Promise<number>((resolve) => {
              const observer = new MutationObserver(() => {
                if (document.querySelectorAll('.cue').length === before) return;
                observer.disconnect();
                resolve(performance.now());
              });
              observer.observe(document.body, { childList: true, subtree: true });
            });
            await fetch('/api/lexicons.setEnabled', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(input),
            });
            const at = await changed;
            // Let the refetch land before the next toggle.
            while (analyzed() === 0) await new Promise((resolve) => setTimeout(resolve, 20));
            await new Promise((resolve) => setTimeout(resolve, 100));
            return at - t0;
          },
          { language: 'en', kind, id: entryId, enabled },
        );
        (enabled ? ons : offs).push(ms);
      }
    }
    console.log(
      `compare view, 6 columns, ${cues} highlight spans: drawn ${median(draws).toFixed(0)} ms (median of ${runs}) after framing.analyze answers (rows and highlights)`,
    );
    console.log(
      `toggle → highlights changed on screen: disable median ${median(offs).toFixed(0)} ms (cues dropped before the refetch answers), enable median ${median(ons).toFixed(0)} ms (event, framing.analyze, render), over ${runs} each`,
    );
  } finally {
    await browser.close();
    await host.close();
  }
}
