/**
 * Test support: the five seed articles as the summary and the report take them, their framing
 * cues in `framing.analyze`'s shape, and alignment rows. Reads files, so only tests import it.
 */
import { alignArticles } from '../align/align.ts';
import { loadSeedArticles, type SeedArticle } from '../align/testing/seeds.ts';
import { detectCues, defaultLexicons } from '../framing/index.ts';
import type { FramingCue } from '../framing-view/segment-runs.ts';
import { pairRows, type SummaryArticle } from './summary.ts';
import type { ReportRow } from './report-html.ts';

/** Seed files by outlet. */
export const seedFiles = {
  cgtn: '000_ef7b0e83e261ef28.txt',
  sputnik: '001_987193fb79ae0728.txt',
  rt: '002_c3c36266fd6b828a.txt',
  panarmenian: '003_862b637d27ff6694.txt',
  segodnya: '004_97f0df2eef87aeec.txt',
} as const;

export function seedSummaryArticles(): SummaryArticle[] {
  return loadSeedArticles().map((s: SeedArticle) => ({
    id: s.id,
    title: s.title,
    outlet: s.outlet,
    language: s.language,
    published: null,
    url: null,
    body: s.body,
    passages: s.passages,
  }));
}

/** The story's alignment around `pivot`, plus each pair aligned on its own. */
export function seedRows(articles: readonly SummaryArticle[], pivot: string): ReportRow[] {
  const toAlign = articles.map((a) => ({
    id: a.id,
    language: a.language ?? 'en',
    passages: a.passages,
  }));
  return [
    ...alignArticles(toAlign, { pivot }),
    ...pairRows(articles).map((row) => ({ ...row, score: 0, reasons: [] })),
  ];
}

/** Lexicon cues of the articles in `framing.analyze`'s shape. */
export function seedCues(articles: readonly SummaryArticle[]): FramingCue[] {
  return articles.flatMap((a) =>
    detectCues(a.body, a.language, defaultLexicons()).map((cue) => ({
      article: a.id,
      kind: cue.kind,
      start: cue.start,
      end: cue.end,
      text: cue.text,
      detail: cue.why,
    })),
  );
}
