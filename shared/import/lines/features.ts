/**
 * Per-line features the classifier decides on: normalised text, length in words, sentence
 * punctuation, capitalisation. Computed once per line so every rule and pass reads the same facts.
 */
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
}

const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;
const UPPER_START = /^\p{Lu}/u;
const CONTENT_WORD = /^\p{L}{4,}/u;

function titleCase(words: readonly string[]): boolean {
  let content = 0;
  let capitalised = 0;
  for (const w of words) {
    if (!CONTENT_WORD.test(w)) continue;
    content += 1;
    if (UPPER_START.test(w)) capitalised += 1;
  }
  return content >= 2 && capitalised / content >= 0.75;
}

/** Features of one line; `text` must already be trimmed. */
export function lineFeatures(
  index: number,
  text: string,
  offset: number,
  hints: { isHeading?: boolean; isOutsideArticle?: boolean } = {},
): LineFeatures {
  const isHeading = hints.isHeading === true;
  const norm = normalizeText(text);
  const words = norm.match(WORD) ?? [];
  const endsSentence = SENTENCE_END.test(norm);
  const isTitleCase = titleCase(words);
  const hasLetters = LETTER.test(norm);
  const isProse =
    hasLetters &&
    !isHeading &&
    ((endsSentence && words.length >= 4) || (words.length >= 15 && !isTitleCase));
  return {
    index,
    text,
    offset,
    norm,
    key: foldCase(norm).replace(/\s+/g, ' '),
    words: words.length,
    isBlank: norm.trim() === '',
    hasLetters,
    endsSentence,
    isTitleCase,
    isProse,
    isHeading,
    isOutsideArticle: hints.isOutsideArticle === true,
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
