/**
 * Alignment speed: a 6-article story of about 1,000 words per article (four English, two Russian),
 * built from the seed sentences in a different order per article with numbers varied, aligned with
 * the first article as pivot. Reports the glossary load once and the alignment time (median of runs).
 */
import { alignArticles } from '../../shared/align/align.ts';
import type { AlignArticle, AlignPassage } from '../../shared/align/align.ts';
import { getDefaultGlossary } from '../../shared/align/glossary.ts';
import { loadSeedArticles } from '../../shared/align/testing/seeds.ts';
import { prng as random } from '../support/generate-corpus.ts';

/** Builds `count` articles of about `words` words each from the seed passages of one language. */
export function buildStory(count = 6, words = 1000): AlignArticle[] {
  const seeds = loadSeedArticles();
  const pools = {
    en: seeds.filter((s) => s.language === 'en').flatMap((s) => s.passages.map((p) => p.text)),
    ru: seeds.filter((s) => s.language === 'ru').flatMap((s) => s.passages.map((p) => p.text)),
  };
  return Array.from({ length: count }, (_, k) => {
    const language = k % 3 === 2 ? 'ru' : 'en';
    const pool = pools[language];
    const next = random(k + 1);
    const passages: AlignPassage[] = [];
    let total = 0;
    let offset = 0;
    while (total < words) {
      const source = pool[Math.floor(next() * pool.length)] ?? '';
      const text = source.replace(/\d+/g, (d) => String(Number(d) + Math.floor(next() * 3)));
      passages.push({ index: passages.length, text, start: offset, end: offset + text.length });
      offset += text.length + 1;
      total += text.split(/\s+/).length;
    }
    return { id: `article-${k + 1}`, language, passages };
  });
}

/** Prints the alignment figures. */
export function benchAlign(runs = 7): void {
  let start = performance.now();
  getDefaultGlossary();
  console.log(`glossary load + compile: ${(performance.now() - start).toFixed(1)} ms (once)`);
  const story = buildStory();
  const passages = story.reduce((n, a) => n + a.passages.length, 0);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    rows = alignArticles(story, { pivot: story[0]?.id ?? '' }).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    `align 6 articles × ~1,000 words (${passages} passages) → ${rows} rows: median ${median.toFixed(1)} ms, ` +
      `min ${(times[0] ?? 0).toFixed(1)} ms over ${runs} runs (target < 300 ms)`,
  );
}
