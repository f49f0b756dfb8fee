/**
 * The framing summary of a 6-article story (the alignment benchmark's story: about 1,000 words
 * each, English and Russian), as `framing.summarize` computes it: the story's alignment, each pair
 * aligned on its own for contradictions, then per article cues, voices and frame profile, and the
 * contradictions of every aligned pair of passages. Also the HTML report built from it.
 */
import { alignArticles } from '../../shared/align/align.ts';
import { defaultLexicons } from '../../shared/framing/index.ts';
import {
  buildReportHtml,
  pairRows,
  summarizeStory,
  type SummaryArticle,
} from '../../shared/framing-report/index.ts';
import { buildStory } from './align.bench.ts';

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function benchFramingSummary(runs = 5): void {
  const articles: SummaryArticle[] = buildStory().map((a, i) => ({
    id: a.id,
    title: `Article ${i + 1}`,
    outlet: `Outlet ${i + 1}`,
    language: a.language,
    published: null,
    url: null,
    body: a.passages.map((p) => p.text).join(' '),
    passages: a.passages,
  }));
  const lexicons = defaultLexicons();
  const summarize = () => {
    const rows = alignArticles(
      articles.map((a) => ({ id: a.id, language: a.language ?? 'en', passages: a.passages })),
      { pivot: articles[0]!.id },
    );
    const summary = summarizeStory(articles, [...rows, ...pairRows(articles)], lexicons);
    return { rows, summary };
  };
  summarize();
  const times: number[] = [];
  let result = summarize();
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    result = summarize();
    times.push(performance.now() - start);
  }
  const reportTimes: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    bytes = buildReportHtml({
      title: 'Benchmark story',
      exportedAt: '2026-01-01T00:00:00.000Z',
      pivot: articles[0]!.id,
      articles,
      rows: result.rows,
      cues: [],
      summary: result.summary,
    }).length;
    reportTimes.push(performance.now() - start);
  }
  console.log(
    `framing summary of a 6-article story (~1,000 words each): median ${median(times).toFixed(1)} ms, ` +
      `min ${Math.min(...times).toFixed(1)} ms over ${runs} runs; ${result.summary.contradictions.length} contradictions`,
  );
  console.log(
    `HTML report from it: median ${median(reportTimes).toFixed(1)} ms, ${(bytes / 1024).toFixed(0)} KB`,
  );
}
