/**
 * Sentence segmentation: Intl.Segmenter (ICU's rules, every language) plus a repair pass for the
 * abbreviations ICU splits after ("Maj. Gen. Simon Porter", "т.е.", "J. Smith"), from a data list.
 */
import abbreviationData from './abbreviations.json' with { type: 'json' };

/** A sentence as offsets into the segmented text, end exclusive, surrounding whitespace excluded. */
export interface SentenceSpan {
  start: number;
  end: number;
}

interface AbbreviationSet {
  nonFinal: ReadonlySet<string>;
  mayEnd: ReadonlySet<string>;
}

const abbreviationSets = new Map<string, AbbreviationSet>(
  Object.entries(abbreviationData.languages).map(([lang, lists]) => [
    lang,
    { nonFinal: new Set(lists.nonFinal), mayEnd: new Set(lists.mayEnd) },
  ]),
);
/** Languages without a list borrow the English one: titles like "Dr." travel across languages. */
const FALLBACK_SET: AbbreviationSet = abbreviationSets.get('en') ?? {
  nonFinal: new Set(),
  mayEnd: new Set(),
};

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** The word before a piece's final dot, e.g. `gen` for "said British Maj. Gen.", or null. */
const LAST_WORD = /([\p{L}][\p{L}.-]*)\.["'”’»)\]]*\s*$/u;
const INITIAL = /^\p{Lu}$/u;
const PARAGRAPH_END = /\n\s*$/;
/** Characters before a break searched for an abbreviation; longer than any listed one. */
const ABBREVIATION_WINDOW = 24;
const STARTS_LOWER_OR_DIGIT = /^\s*["'“‘«(]?[\p{Ll}\d,;:]/u;

/** Whether the piece must be joined with the one after it. */
function endsWithAbbreviation(piece: string, next: string, set: AbbreviationSet): boolean {
  const m = LAST_WORD.exec(piece);
  if (m === null) return false;
  const word = m[1] ?? '';
  if (INITIAL.test(word)) return true;
  const key = word.toLowerCase();
  if (set.nonFinal.has(key)) return true;
  return set.mayEnd.has(key) && STARTS_LOWER_OR_DIGIT.test(next);
}

function baseLanguage(language: string | null): string {
  const base = (language ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return /^[a-z]{2,3}$/.test(base) ? base : 'en';
}

/**
 * Splits `text` into sentences for `language` (ISO 639-1; null means English rules). Pieces that
 * ICU cut after a known abbreviation or an initial are joined back, never across a line break, so
 * a whole multi-paragraph text can be split in one call (much cheaper than one call per paragraph).
 * Whitespace-only text gives [].
 */
export function splitSentences(text: string, language: string | null): SentenceSpan[] {
  const lang = baseLanguage(language);
  const set = abbreviationSets.get(lang) ?? FALLBACK_SET;
  const pieces: SentenceSpan[] = [];
  for (const seg of segmenterFor(lang).segment(text)) {
    pieces.push({ start: seg.index, end: seg.index + seg.segment.length });
  }
  const merged: SentenceSpan[] = [];
  for (let i = 0; i < pieces.length; i += 1) {
    const piece = pieces[i] as SentenceSpan;
    const last = merged[merged.length - 1];
    if (last !== undefined) {
      // The last word before the break and the first characters after it decide; slicing only
      // those keeps the end-anchored pattern from scanning whole sentences.
      const before = text.slice(Math.max(last.start, last.end - ABBREVIATION_WINDOW), last.end);
      const after = text.slice(piece.start, Math.min(piece.end, piece.start + 4));
      // A line break ends a paragraph: never join across it.
      if (!PARAGRAPH_END.test(before) && endsWithAbbreviation(before, after, set)) {
        last.end = piece.end;
        continue;
      }
    }
    merged.push({ start: piece.start, end: piece.end });
  }
  return merged.map((span) => trimSpan(text, span)).filter((span) => span.end > span.start);
}

function trimSpan(text: string, span: SentenceSpan): SentenceSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}
