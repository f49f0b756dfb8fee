/**
 * Word and number tokens of a passage with their offsets, the unit every other step of alignment and
 * story grouping works on. Stop words come from `shared/data/stopwords.json` (data, user-editable).
 */
import { z } from 'zod';
import rawStopwords from '../data/stopwords.json' with { type: 'json' };

/** One token: a word (letters, digits, inner hyphens and apostrophes) or a number. */
export interface Token {
  /** The text as written. */
  text: string;
  /** Lower case, ё folded to е. */
  lower: string;
  /** Offsets into the tokenised text, end exclusive. */
  start: number;
  end: number;
  /** The numeric value for number tokens (12,700 → 12700; 3rd → 3), else null. */
  value: number | null;
  isCapitalized: boolean;
  /** Two or more letters, all capitals: an acronym (NATO, US, РФ), never a stop word. */
  isAcronym: boolean;
  /** First token of the text or after a sentence-final mark. */
  isSentenceStart: boolean;
}

/** Schema of `shared/data/stopwords.json`. */
export const stopwordsSchema = z.object({
  header: z.object({
    kind: z.literal('parallax.stopwords'),
    version: z.number().int().positive(),
    source: z.string().min(1),
    note: z.string().optional(),
  }),
  languages: z.record(z.string(), z.array(z.string().min(1))),
});

/**
 * Every language's stop words in one set: scripts keep English and Russian apart, and a passage
 * quoting another language still drops its function words.
 */
const STOPWORDS: ReadonlySet<string> = new Set(
  Object.values(stopwordsSchema.parse(rawStopwords).languages)
    .flat()
    .map((w) => w.replace(/ё/g, 'е')),
);

/** Whether a lower-case word is a function word in any supported language. */
export function isStopword(lower: string): boolean {
  return STOPWORDS.has(lower);
}

// Numbers first: grouped thousands (12,700; 12 700 with a no-break or thin space), decimals,
// ordinals; then words with inner hyphens or apostrophes (high-level, NATO's, штаб-квартира).
const TOKEN =
  /(\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)(?:st|nd|rd|th|-?го|-?е)?(?![\p{L}\d])|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const SENTENCE_END = /[.!?…]["'”»)]*\s*$/;

function parseNumber(digits: string): number {
  const grouped = /^\d{1,3}(?:[,\u00a0\u202f]\d{3})+$/.test(digits);
  const plain = grouped ? digits.replace(/[,\u00a0\u202f]/g, '') : digits.replace(',', '.');
  return Number(plain);
}

/** Two or more letters, all capitals (a final possessive 's aside): NATO, NATO's, US, РФ. */
function isAcronym(raw: string): boolean {
  const letters = raw.replace(/['’]s$/, '').replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/** Splits text into tokens; U.S. is read as the acronym US. */
export function tokenize(text: string): Token[] {
  const source = text.includes('U.S.')
    ? text.replace(/\bU\.S\.(?:A\.)?/g, (m) => 'US'.padEnd(m.length, ' '))
    : text;
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const m of source.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const isSentenceStart =
      tokens.length === 0 || SENTENCE_END.test(source.slice(previousEnd, start));
    previousEnd = start + raw.length;
    const first = raw.charAt(0);
    const lower = raw.toLowerCase();
    const isCapitalized = first !== lower.charAt(0);
    tokens.push({
      text: raw,
      lower: lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower,
      start,
      end: start + raw.length,
      value: m[1] === undefined ? null : parseNumber(m[1]),
      isCapitalized,
      isAcronym: isCapitalized && isAcronym(raw),
      isSentenceStart,
    });
  }
  return tokens;
}
