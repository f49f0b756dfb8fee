/**
 * Per-line features the classifier decides on: normalised text, length in words, sentence
 * punctuation, capitalisation. Computed once per line so every rule and pass reads the same facts.
 */
import type { LineRole } from '../../api/schemas.ts';
import { foldCase, normalizeText } from '../../text/normalize.ts';

/** One line of the source text as the classifier sees it. */
export interface LineFeatures {
  /** 0-based index in the source text's lines. */
  index: number;
  /** The line's content, trimmed (markup such as a Markdown '#' already removed). */
  text: string;
  /** Offset of `text` in the source text. */
  offset: number;
  /** `text` normalised for matching (plain spaces, straight quotes, '-' dashes). */
  norm: string;
  /** Case-folded, whitespace-collapsed `norm`: equal keys mean repeated lines. */
  key: string;
  words: number;
  isBlank: boolean;
  hasLetters: boolean;
  /** Ends like a sentence: `.`, `!`, `?`, `…`, optionally followed by closing quotes/brackets. */
  endsSentence: boolean;
  /** Most content words (4+ letters) capitalised, as in English headlines and link lists. */
  isTitleCase: boolean;
  /** Reads as running text: a finished sentence of some length, or long enough regardless. */
  isProse: boolean;
  /** A Markdown heading or an HTML h1–h6. */
  isHeading: boolean;
  /** On a web page, outside the element that holds the article. */
  isOutsideArticle: boolean;
  /** A role the page markup suggests, applied when no rule named the line. */
  markupHint: { role: LineRole; reason: string } | null;
}

const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;
const UPPER_START = /^\p{Lu}/u;
const CONTENT_WORD = /^\p{L}{4,}/u;

/** Headlines and link lists are short; longer lines are never treated as Title Case. */
const MAX_TITLE_CASE_WORDS = 30;

function titleCase(words: readonly string[]): boolean {
  let content = 0;
  let capitalised = 0;
  for (const w of words) {
    if (w.length < 4 || !CONTENT_WORD.test(w)) continue;
    content += 1;
    if (UPPER_START.test(w)) capitalised += 1;
  }
  return content >= 2 && capitalised / content >= 0.75;
}

/**
 * Whitespace-separated tokens holding a letter or digit. A character loop rather than a regex
 * match: this runs on every line of every file and allocates nothing. Text is already normalised,
 * so non-ASCII characters are almost all letters.
 */
function countWords(text: string): number {
  let words = 0;
  let inToken = false;
  let counted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      counted = false;
    }
    const isWordChar = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c >= 0xc0;
    if (isWordChar && !counted) {
      words += 1;
      counted = true;
    }
  }
  return words;
}

const SPACE_RUN = /\s{2,}|[\t\n\r\f\v]/;

/** Runs of whitespace as one space; most lines have none, so test before copying. */
function collapseSpaces(text: string): string {
  return SPACE_RUN.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** Features of one line; `text` must already be trimmed. */
export function lineFeatures(
  index: number,
  text: string,
  offset: number,
  hints: {
    isHeading?: boolean;
    isOutsideArticle?: boolean;
    markupHint?: { role: LineRole; reason: string };
  } = {},
): LineFeatures {
  const isHeading = hints.isHeading === true;
  const norm = normalizeText(text);
  const words = countWords(norm);
  const endsSentence = SENTENCE_END.test(norm.slice(-8));
  const isTitleCase = words <= MAX_TITLE_CASE_WORDS && titleCase(norm.match(WORD) ?? []);
  const hasLetters = LETTER.test(norm);
  const isProse =
    hasLetters && !isHeading && ((endsSentence && words >= 4) || (words >= 15 && !isTitleCase));
  return {
    index,
    text,
    offset,
    norm,
    key: collapseSpaces(foldCase(norm)),
    words,
    isBlank: norm.trim() === '',
    hasLetters,
    endsSentence,
    isTitleCase,
    isProse,
    isHeading,
    isOutsideArticle: hints.isOutsideArticle === true,
    markupHint: hints.markupHint ?? null,
  };
}

/** A line that could be a headline: a few words, not a finished sentence ending in a full stop. */
export function isHeadlineLike(line: LineFeatures): boolean {
  return (
    line.hasLetters &&
    line.words >= 2 &&
    line.words <= 30 &&
    line.text.length <= 250 &&
    !/[.;,:]["'”’»)\]]*$/u.test(line.norm)
  );
}
