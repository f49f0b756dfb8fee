/**
 * Framing analysis of a 6-article story (the alignment benchmark's story: about 1,000 words each,
 * English and Russian): lexicon cues, quotes and voices, frame profile per article, as the
 * backend's framing.analyze runs them. The first run includes loading and compiling the lexicons.
 */
import {
  articleVoices,
  defaultLexicons,
  detectCues,
  frameProfile,
} from '../../shared/framing/index.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStory } from './align.bench.ts';
import { createBackend } from '../../electron/backend/backend.ts';
import { makeTempDir } from '../support/temp-dir.ts';

export function benchFraming(runs = 7): void {
  const story = buildStory();
  const analyse = () => {
    let cues = 0;
    for (const article of story) {
      const texts = article.passages.map((p) => p.text);
      const body = texts.join('\n\n');
      cues += detectCues(body, article.language, defaultLexicons()).length;
      cues += articleVoices(body, article.language, { lexicons: defaultLexicons() }).quotes.length;
      frameProfile(texts, article.language, defaultLexicons());
    }
    return cues;
  };
  let start = performance.now();
  const cues = analyse();
  console.log(
    `first story (lexicons loaded and compiled): ${(performance.now() - start).toFixed(1)} ms`,
  );
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    start = performance.now();
    analyse();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    `6-article story: median ${median.toFixed(1)} ms, min ${(times[0] ?? 0).toFixed(1)} ms over ${runs} runs; ${cues} cues and quotes (target < 200 ms)`,
  );
}

/**
 * `framing.analyze` through the backend on the same story imported as files: lexicon cues,
 * voices, frames and contradictions between aligned passages (the story's alignment and each
 * pair's own), each run in a new article order so that no cached answer is reused.
 */
export async function benchFramingBackend(runs = 5): Promise<void> {
  const dir = makeTempDir('parallax-bench-');
  try {
    const files = join(dir.path, 'story');
    mkdirSync(files);
    buildStory().forEach((article, k) => {
      const title = `Story article ${k + 1}`;
      const body = article.passages.map((p) => p.text).join('\n\n');
      writeFileSync(join(files, `${article.id}.txt`), `${title}\n\n${body}\n`);
    });
    const backend = await createBackend({ dataDir: join(dir.path, 'data'), log: () => undefined });
    const call = async (method: string, input: unknown): Promise<unknown> => {
      const reply = await backend.handle(method, input);
      if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
      return reply.value;
    };
    const { jobId } = (await call('articles.import', { paths: [files] })) as { jobId: string };
    await backend.waitForImport(jobId);
    const { items } = (await call('articles.list', {})) as { items: Array<{ id: string }> };
    const ids = items.map((a) => a.id);
    let start = performance.now();
    await call('framing.analyze', { articleIds: ids });
    const first = performance.now() - start;
    const times: number[] = [];
    for (let i = 1; i <= runs; i += 1) {
      const order = [...ids.slice(i % ids.length), ...ids.slice(0, i % ids.length)].reverse();
      start = performance.now();
      await call('framing.analyze', { articleIds: order });
      times.push(performance.now() - start);
    }
    start = performance.now();
    await call('framing.analyze', { articleIds: ids });
    const cached = performance.now() - start;
    times.sort((a, b) => a - b);
    console.log(
      `framing.analyze, ${ids.length}-article story through the backend: first ${first.toFixed(0)} ms; ` +
        `new order (contradictions recomputed) median ${(times[Math.floor(times.length / 2)] ?? 0).toFixed(0)} ms; ` +
        `same texts again (after a lexicon edit) ${cached.toFixed(0)} ms (target < 200 ms)`,
    );
    await backend.close();
  } finally {
    dir.remove();
  }
}
