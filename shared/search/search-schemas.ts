/**
 * Proposed contract entry for `search.query` (the lead wires it into shared/api/contract.ts):
 *
 * ```ts
 * // Quotes and passages across the library, typo-tolerant; best first, grouped by article.
 * 'search.query': { input: searchQueryInput, output: searchQueryOutput },
 * ```
 */
import { z } from 'zod';

const isoDay = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/** Input of `search.query`: the typed text plus structured filters and paging. */
export const searchQueryInput = z.object({
  /**
   * What the user typed: a quote (typos welcome), `"exact phrases"`, and optional inline filters
   * `outlet:<name>` (underscores for spaces), `lang:<code>`, `from:<date>`, `to:<date>`.
   */
  text: z.string().max(2000),
  /** Only these outlets (names as stored); combined with inline `outlet:` filters. */
  outlets: z.array(z.string().min(1)).max(100).optional(),
  /** Only these languages (ISO 639-1). */
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/))
    .max(20)
    .optional(),
  /** Published on or after this day. */
  publishedFrom: isoDay.optional(),
  /** Published on or before this day (inclusive). */
  publishedTo: isoDay.optional(),
  /** Only within these articles (a story's members, a comparison's columns). */
  articleIds: z.array(z.string().min(1)).max(10_000).optional(),
  /** Never these articles ("find elsewhere" leaves out the article the selection came from). */
  excludeArticleIds: z.array(z.string().min(1)).max(10_000).optional(),
  /** Hits wanted, after grouping. */
  limit: z.number().int().min(1).max(200).default(20),
  /** At most this many hits per article; an article's hits are consecutive, best first. */
  perArticle: z.number().int().min(1).max(50).default(3),
  /**
   * Also look for the text in the other language (en ↔ ru) through the glossary, names and numbers
   * ("find elsewhere"); the answer's `crossLanguage` lists what was found. The text's language is
   * that of the first excluded article (where the selection came from), else guessed from its script.
   */
  crossLanguage: z.boolean().optional(),
});
/** What callers pass (defaults not yet applied). */
export type SearchQueryInput = z.input<typeof searchQueryInput>;

/** One verified match: a passage of an article with the span to highlight. */
export const searchHit = z.object({
  /** Article id. */
  article: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  language: z.string().nullable(),
  published: z.string().nullable(),
  /** Index of the passage in its article (`passages.idx`). */
  passageIndex: z.number().int(),
  /** Where the passage starts in the clean body, UTF-16 code units. */
  passageStart: z.number().int(),
  /** The highlighted span, offsets into the clean body, end exclusive (not into `text`). */
  start: z.number().int(),
  end: z.number().int(),
  /** The passage text. The span inside it is `text.slice(start - passageStart, end - passageStart)`. */
  text: z.string(),
  /** 1 for an exact occurrence of the quote (after normalisation), lower with each edit. */
  score: z.number(),
});
/** A hit as the backend returns it. */
export type SearchHit = z.infer<typeof searchHit>;

/**
 * A passage in another language that likely states the same fact, matched through shared names,
 * numbers, dates and glossary concepts, not by translation. The span is the whole passage; `score`
 * is the alignment similarity in [0, 1].
 */
export const crossLanguageHit = searchHit.extend({
  crossLanguage: z.literal(true),
  /** What the passages share: "entities: Gerasimov; numbers: 2014; words: contact". */
  reason: z.string(),
});
/** A cross-language candidate as the backend returns it. */
export type CrossLanguageHit = z.infer<typeof crossLanguageHit>;

/** Output of `search.query`: hits best first, each article's hits together. */
export const searchQueryOutput = z.object({
  hits: z.array(searchHit),
  /** Cross-language candidates, best first, one per article; present when asked for. */
  crossLanguage: z.array(crossLanguageHit).optional(),
  /** Milliseconds the backend spent, for the status line. */
  tookMs: z.number(),
});
/** The reply of `search.query`. */
export type SearchQueryOutput = z.infer<typeof searchQueryOutput>;
