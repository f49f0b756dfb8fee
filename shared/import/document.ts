/**
 * The format-neutral document every reader (txt, Markdown, HTML, JSON) produces and the article
 * builder consumes: the line document plus whatever metadata the format carried.
 */
import type { MetaDate } from './metadata/dates.ts';
import type { SourceLine } from './lines/classify.ts';
import type { SourceFormat } from './types.ts';

/** Values stated by the input itself (JSON fields); they win over detection. */
export interface GivenFields {
  outlet: string | null;
  published: string | null;
  language: string | null;
}

/** Metadata a web page carries in its head or in JSON-LD. */
export interface PageMeta {
  siteName: string | null;
  dates: MetaDate[];
  keywords: string[];
  /** `<html lang>` or `og:locale`, as written. */
  language: string | null;
}

/** One article's worth of input, as a line document with the metadata its format carried. */
export interface SourceDocument {
  format: SourceFormat;
  /** The decoded input, or for an element of a JSON array, that element as JSON text. */
  raw: string;
  /** The line document; line numbers and offsets refer to it. */
  sourceText: string;
  lines: SourceLine[];
  titleHint: string | null;
  url: string | null;
  given: GivenFields;
  meta: PageMeta;
}

/** Nothing given with the input. */
export const NO_GIVEN: GivenFields = { outlet: null, published: null, language: null };
/** No page metadata (plain text). */
export const NO_META: PageMeta = { siteName: null, dates: [], keywords: [], language: null };

const LINE_BREAK = /\r\n|\r|\n/g;

/** Splits a text into lines with their offsets; every kind of line break counts once. */
export function splitLines(text: string): { text: string; offset: number }[] {
  const lines: { text: string; offset: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(LINE_BREAK)) {
    lines.push({ text: text.slice(start, m.index), offset: start });
    start = m.index + m[0].length;
  }
  lines.push({ text: text.slice(start), offset: start });
  return lines;
}

/** Source lines whose content is the whole line (plain text, extracted HTML, JSON text). */
export function plainLines(text: string): SourceLine[] {
  return splitLines(text).map((l) => ({ raw: l.text, content: l.text, offset: l.offset }));
}
