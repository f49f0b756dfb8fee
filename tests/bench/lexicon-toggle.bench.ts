/**
 * A lexicon edit reaching the highlights, backend side: on a 6-article story (the alignment
 * benchmark's story, ~1,000 words each, English and Russian) the time from `lexicons.setEnabled`
 * to `framing.analyze` answering with the updated cues. The edit recompiles the edited language's
 * matchers only; the figure is what the reader and compare views wait for after a toggle.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
