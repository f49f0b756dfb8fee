/**
 * Chooses an article's publication date from the evidence an import has: a date given with the
 * input, HTML metadata, or a dateline at the top of the text. A date named inside a body sentence
 * ("on March 3", "in April 2014") is what the story is about, not when it was published, so body
 * text is never searched; an incomplete date (no year) is never a publication date either.
 */
import type { Guess } from '../types.ts';
import { classifyDateLine, type DateLabel } from './date-line.ts';
import { firstDate } from './find-dates.ts';

/** A date-like value read from page metadata, with where it came from. */
export interface MetaDate {
  value: string;
  /** e.g. `article:published_time`, `datePublished` (JSON-LD), `time[datetime]`, `dateModified`. */
  source: string;
}

/** What {@link pickPublished} looks at. Lines are the article's source lines, in order. */
export interface PublishedInput {
  lines: string[];
  /** 1-based line where the body starts, when known: datelines sit above it. */
  bodyStartLine?: number | null;
  meta?: MetaDate[];
  /** A date given with the input (a JSON field, a user edit): trusted when it parses. */
  given?: string | null;
}

/**
 * Confidence by kind of evidence. A given date was stated by someone; metadata naming publication
 * is written by the outlet's CMS; other metadata dates and datelines are read by pattern, and a
 * dateline that says "Updated" dates a later edit, not the publication.
 */
export const PUBLISHED_CONFIDENCE = {
  given: 1,
  metaPublished: 0.95,
  metaOther: 0.9,
  dateline: 0.8,
  datelineAmbiguous: 0.65,
  datelineUpdated: 0.5,
} as const;

/** How many non-blank lines from the top may hold a dateline when the body start is unknown or early. */
export const DATELINE_SCAN_LINES = 10;
/** Never scan further than this, whatever the body start says. */
const MAX_SCAN_LINES = 80;

const MODIFIED_SOURCE = /modif|updat|edit|revis/i;
const PUBLISHED_SOURCE = /publish|pubdate|issued|created|release/i;

const NOTHING: Guess<string | null> = { value: null, source: null, confidence: 0, line: null };

/** The best metadata date: publication-named sources first, modification dates never. */
function fromMeta(meta: MetaDate[]): Guess<string | null> | null {
  let best: Guess<string | null> | null = null;
  for (const m of meta) {
    if (MODIFIED_SOURCE.test(m.source)) continue;
    const date = firstDate(m.value);
    if (date === null) continue;
    const confidence = PUBLISHED_SOURCE.test(m.source)
      ? PUBLISHED_CONFIDENCE.metaPublished
      : PUBLISHED_CONFIDENCE.metaOther;
    if (best === null || confidence > best.confidence) {
      best = { value: date.iso, source: m.value, confidence, line: null };
    }
  }
  return best;
}

const LABEL_RANK: Record<string, number> = { published: 3, none: 2, updated: 1 };

/** Rank of a dateline: labelled published > unlabelled > labelled updated. */
function rankOf(label: DateLabel | undefined): number {
  return LABEL_RANK[label ?? 'none'] ?? 0;
}

/** The best dateline among the top lines of the text. */
function fromDatelines(lines: string[], bodyStartLine: number | null): Guess<string | null> | null {
  let best: { guess: Guess<string | null>; rank: number } | null = null;
  let nonBlank = 0;
  const limit = Math.min(lines.length, MAX_SCAN_LINES);
  for (let i = 0; i < limit; i++) {
    const line = lines[i] ?? '';
    const isTop = nonBlank < DATELINE_SCAN_LINES;
    const isAboveBody = bodyStartLine !== null && i + 1 < bodyStartLine;
    if (!isTop && !isAboveBody) break;
    if (line.trim() === '') continue;
    nonBlank += 1;
    const info = classifyDateLine(line);
    if (info.kind !== 'dateline' || info.date === null) continue;
    const rank = rankOf(info.label);
    if (best !== null && rank <= best.rank) continue;
    let confidence: number = PUBLISHED_CONFIDENCE.dateline;
    if (info.date.isAmbiguous === true) confidence = PUBLISHED_CONFIDENCE.datelineAmbiguous;
    if (info.label === 'updated') confidence = PUBLISHED_CONFIDENCE.datelineUpdated;
    best = { guess: { value: info.date.iso, source: line.trim(), confidence, line: i + 1 }, rank };
  }
  return best?.guess ?? null;
}

/**
 * The publication date: a given date (confidence 1) > HTML metadata (`article:published_time`,
 * JSON-LD `datePublished`: 0.95; other date metadata such as `<time datetime>`: 0.9; modification
 * dates are ignored) > a dateline among the first {@link DATELINE_SCAN_LINES} non-blank lines or
 * above the body (0.8; 0.65 for a slashed date whose day and month could be swapped; 0.5 when
 * labelled "Updated") > nothing (value null, confidence 0). Page clocks and crawl stamps never count.
 */
export function pickPublished(input: PublishedInput): Guess<string | null> {
  if (input.given != null) {
    const date = firstDate(input.given);
    if (date !== null) {
      return {
        value: date.iso,
        source: input.given,
        confidence: PUBLISHED_CONFIDENCE.given,
        line: null,
      };
    }
  }
  const meta = input.meta === undefined ? null : fromMeta(input.meta);
  if (meta !== null) return meta;
  return fromDatelines(input.lines, input.bodyStartLine ?? null) ?? { ...NOTHING };
}
