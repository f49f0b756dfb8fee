/**
 * Value schemas shared by the contract: what an article, an import report or a filter looks like
 * when it crosses a process boundary. Types are derived from these schemas; never hand-write them.
 */
import { z } from 'zod';

/** ISO calendar date `YYYY-MM-DD`, optionally with `THH:MM` (local time as printed by the outlet). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, 'expected an ISO date like 2018-01-08');

/** Why a line of the source text is not part of the clean body. */
export const lineRole = z.enum([
  'body',
  'title',
  'dateline',
  'standfirst',
  'caption',
  'duplicate',
  'credit',
  'keywords',
  'chrome',
  'blank',
]);
export type LineRole = z.infer<typeof lineRole>;

/** One line of the article's source text, with its role and, when removed, the reason. */
export const articleLine = z.object({
  /** 1-based line number in the source text. */
  line: z.number().int().positive(),
  text: z.string(),
  role: lineRole,
  /** Human-readable reason, e.g. "share widget", "duplicate of line 9". Null for body lines. */
  reason: z.string().nullable(),
});
export type ArticleLine = z.infer<typeof articleLine>;

export const publishedInfo = z.object({
  /** ISO date (or date-time) or null when no trustworthy date was found. */
  value: isoDate.nullable(),
  /** The text the date was read from, verbatim, or null. */
  source: z.string().nullable(),
  /** 0..1; 1 for a date given in the input or set by the user. */
  confidence: z.number().min(0).max(1),
});

/**
 * An article as listed and as printed by `parallax list --json`. `bodyLines` are 1-based line
 * numbers of the source text that made it into the clean body.
 */
export const articleRecord = z.object({
  id: z.string(),
  file: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string(),
  outlet: z.string().nullable(),
  language: z.string().nullable(),
  published: isoDate.nullable(),
  publishedSource: z.string().nullable(),
  publishedConfidence: z.number(),
  bodyLines: z.array(z.number().int()),
  captions: z.array(z.string()),
  credits: z.array(z.string()),
  keywords: z.array(z.string()),
  /** Number of words in the clean body. */
  wordCount: z.number().int(),
  /** Characters in the clean body. */
  length: z.number().int(),
  format: z.string(),
  encoding: z.string(),
  importedAt: z.string(),
  /** Fields the user edited by hand; detection never overwrites them. */
  editedFields: z.array(z.string()),
});
export type ArticleRecord = z.infer<typeof articleRecord>;

export const passage = z.object({
  index: z.number().int(),
  paragraph: z.number().int(),
  /** Offsets into the clean body, UTF-16 code units, end exclusive. */
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});
export type Passage = z.infer<typeof passage>;

export const articleDetail = z.object({
  article: articleRecord,
  /** The clean body: body lines joined by blank lines. */
  body: z.string(),
  /** Every line of the source text with its role, so removed lines stay viewable. */
  lines: z.array(articleLine),
  passages: z.array(passage),
});
export type ArticleDetail = z.infer<typeof articleDetail>;

export const sortField = z.enum([
  'title',
  'outlet',
  'language',
  'published',
  'length',
  'importedAt',
]);

export const articleQuery = z.object({
  text: z.string().max(500).optional(),
  outlets: z.array(z.string()).optional(),
  languages: z.array(z.string()).optional(),
  publishedFrom: isoDate.optional(),
  publishedTo: isoDate.optional(),
  sort: sortField.default('importedAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type ArticleQuery = z.input<typeof articleQuery>;

export const metadataPatch = z
  .object({
    title: z.string().trim().min(1, 'title cannot be empty').max(1000).optional(),
    outlet: z.string().trim().max(200).nullable().optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/, 'expected a language code like en or ru')
      .nullable()
      .optional(),
    published: isoDate.nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
export type MetadataPatch = z.infer<typeof metadataPatch>;

/** A file sent by content (browser upload, drag and drop) rather than by path. */
export const uploadedFile = z.object({
  /** File name, or relative path inside a dropped folder. */
  name: z.string().min(1).max(4096),
  /** File bytes, base64. */
  contentBase64: z.string(),
});

export const importFailure = z.object({ file: z.string(), error: z.string() });
export const importSkip = z.object({
  file: z.string(),
  reason: z.string(),
  /** The article already in the library with the same content. */
  duplicateOf: z.string().nullable(),
});

export const importReport = z.object({
  imported: z.array(articleRecord),
  skipped: z.array(importSkip),
  failed: z.array(importFailure),
  cancelled: z.boolean(),
});
export type ImportReport = z.infer<typeof importReport>;

export const importJob = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'finished', 'cancelled', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
  report: importReport.nullable(),
});
export type ImportJob = z.infer<typeof importJob>;

export const outletInfo = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  affiliation: z.string().nullable(),
  languages: z.array(z.string()),
  /** Other names the outlet goes by ("Russia Today", "Сегодня"). */
  aliases: z.array(z.string()).optional(),
});
export type OutletInfo = z.infer<typeof outletInfo>;
