/**
 * Contract methods of the framing summary panel and the report export. Spread into `contract`.
 * The summary compares the articles of a story outlet by outlet: who is quoted and how much each
 * side says, which term of each contested set is chosen, hedges and loaded reporting verbs per
 * 1,000 words, the frame profile, and contradictions between aligned passages.
 */
import { z } from 'zod';

const articleIds = z.array(z.string().min(1)).min(1).max(6);

/** Words quoted for one side (speakers without a known side count under `unknown`). */
export const sideShare = z.object({
  side: z.string(),
  /** Display name of the side ("NATO", "Russia", "Wire agency"). */
  label: z.string(),
  words: z.number().int(),
  /** Share of all quoted words of the article, 0–1. */
  share: z.number(),
});

/** One speaker of an article. */
export const voiceRow = z.object({
  speaker: z.string(),
  side: z.string().nullable(),
  sideLabel: z.string(),
  direct: z.number().int(),
  reported: z.number().int(),
  words: z.number().int(),
});

/** A term of a contested set as an article writes it, with whose usage it is. */
export const termUse = z.object({
  term: z.string(),
  count: z.number().int(),
  side: z.string(),
  /** Short name of the side ("Russian usage", "Neutral"). */
  sideLabel: z.string(),
  /** Who is observed using it, from the lexicon ("Russian government and state media"). */
  sideNote: z.string(),
});
export type TermUse = z.infer<typeof termUse>;

/** One contested set used by at least one article, with the terms each article chose. */
export const contestedSetRow = z.object({
  set: z.string(),
  label: z.string(),
  /** Article id → the terms it uses from this set (absent or empty: none). */
  byArticle: z.record(z.string(), z.array(termUse)),
});
export type ContestedSetRow = z.infer<typeof contestedSetRow>;

export const frameScoreRow = z.object({
  dimension: z.string(),
  label: z.string(),
  hits: z.number(),
  /** Share of the article's frame keyword hits, 0–1. */
  share: z.number(),
  per1000Words: z.number(),
});

export const articleFramingSummary = z.object({
  articleId: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  language: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  words: z.number().int(),
  voices: z.array(voiceRow),
  quotedWords: z.number().int(),
  /** Largest first. */
  wordsBySide: z.array(sideShare),
  unattributedQuotes: z.number().int(),
  /** Agencies the article credits (Reuters, AP, Xinhua). */
  credits: z.array(z.string()),
  counts: z.object({
    contestedTerms: z.number().int(),
    hedges: z.number().int(),
    loadedWords: z.number().int(),
    metaphors: z.number().int(),
    neutralVerbs: z.number().int(),
    loadedVerbs: z.number().int(),
  }),
  hedgesPer1000Words: z.number(),
  loadedVerbsPer1000Words: z.number(),
  loadedWordsPer1000Words: z.number(),
  /** The 15 Media Frames Corpus dimensions, in codebook order. */
  frames: z.array(frameScoreRow),
  /** The dimension with the most hits, or null when no frame keyword matched. */
  leadingFrame: z.string().nullable(),
});
export type ArticleFramingSummary = z.infer<typeof articleFramingSummary>;

const contradictionSide = z.object({
  articleId: z.string(),
  passageIndex: z.number().int(),
  /** The contradicting words: offsets into the article's clean body, end exclusive. */
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  /** The whole passage, for context. */
  passage: z.string(),
});

export const contradictionPair = z.object({
  kind: z.enum(['negation', 'number', 'date', 'attribution']),
  why: z.string(),
  a: contradictionSide,
  b: contradictionSide,
});
export type ContradictionPair = z.infer<typeof contradictionPair>;

export const storyFramingSummary = z.object({
  /** In the order asked for. */
  articles: z.array(articleFramingSummary),
  contested: z.array(contestedSetRow),
  contradictions: z.array(contradictionPair),
});
export type StoryFramingSummary = z.infer<typeof storyFramingSummary>;

export const reportFormat = z.enum(['html', 'pdf']);

export const framingReportMethods = {
  /**
   * The framing summary of 1–6 articles (a story in the compare view), computed with the
   * lexicons in force; contradictions come from passages the alignment puts on one row.
   */
  'framing.summarize': {
    input: z.object({ articleIds }),
    output: storyFramingSummary,
  },
  /**
   * A self-contained report of the summary and the highlighted comparison: one HTML file (inline
   * CSS, no scripts, no external resources) or, in the desktop app, a PDF of it. With `path` the
   * file is written there (via a temporary file and a rename); without, its bytes come back for a
   * download. PDF without the desktop app answers `unsupported`.
   */
  'framing.exportReport': {
    input: z.object({
      articleIds,
      pivot: z.string().min(1).optional(),
      /** The report's heading (the story's title); the first article's title when omitted. */
      title: z.string().trim().min(1).max(300).optional(),
      format: reportFormat.default('html'),
      path: z.string().min(1).optional(),
    }),
    output: z.object({
      fileName: z.string(),
      mimeType: z.string(),
      bytes: z.number().int(),
      path: z.string().optional(),
      contentBase64: z.string().optional(),
    }),
  },
} as const;
