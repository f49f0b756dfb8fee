/**
 * Language detection. Cheap, decisive evidence first: scripts (Han → Chinese, Arabic script →
 * Arabic), the letters only Ukrainian or only Russian use, and for Latin-script text the function
 * words of each language (`shared/data/function-words.json`). franc's trigram model, restricted to
 * the languages Parallax supports, decides what those leave open. franc costs about 1 ms on 2,000
 * characters, ten times the import budget per article, so it only runs on a 600-character sample
 * when the cheap evidence is indecisive.
 */
import { francAll } from 'franc';
import { z } from 'zod';
import rawFunctionWords from '../../data/function-words.json' with { type: 'json' };
import type { Guess } from '../types.ts';

/** ISO 639-3 (franc) → ISO 639-1 for the languages Parallax supports. */
export const SUPPORTED_LANGUAGES: Readonly<Record<string, string>> = {
  eng: 'en',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  kaz: 'kk',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  pol: 'pl',
  cmn: 'zh',
  arb: 'ar',
};

/** Characters of text looked at. */
export const LANGUAGE_SAMPLE_CHARS = 2000;
/** Characters franc looks at when it has to run. */
const FRANC_SAMPLE_CHARS = 600;
/** Fewer letters than this is too little to tell (a caption, a name). */
export const MIN_LETTERS = 20;

const LATIN_ONLY = ['eng', 'deu', 'fra', 'spa', 'ita', 'por', 'pol'];
const CYRILLIC_ONLY = ['rus', 'ukr', 'bel', 'kaz'];

/** Distinctive Cyrillic letters: which language each one points to. */
const UK = 1;
const RU = 2;
const BE = 3;
const KK = 4;
const CYRILLIC_MARKS = new Uint8Array(0x530);
// і ї є ґ: Ukrainian, not Russian (і is shared with Belarusian and Kazakh, which have stronger marks).
for (const ch of 'іїєґІЇЄҐ') CYRILLIC_MARKS[ch.charCodeAt(0)] = UK;
for (const ch of 'ыэъёЫЭЪЁ') CYRILLIC_MARKS[ch.charCodeAt(0)] = RU;
for (const ch of 'ўЎ') CYRILLIC_MARKS[ch.charCodeAt(0)] = BE;
for (const ch of 'әғқңөұүһӘҒҚҢӨҰҮҺ') CYRILLIC_MARKS[ch.charCodeAt(0)] = KK;
const OTHER_LETTER_RE = /\p{L}/u;

interface ScriptCounts {
  letters: number;
  han: number;
  kanaHangul: number;
  arabic: number;
  cyrillic: number;
}

/**
 * Letters per script in one pass over the UTF-16 code units: a regex per script costs five
 * passes, and this runs on every imported article.
 */
function countScripts(sample: string): ScriptCounts {
  const c: ScriptCounts = { letters: 0, han: 0, kanaHangul: 0, arabic: 0, cyrillic: 0 };
  for (let i = 0; i < sample.length; i++) {
    const u = sample.charCodeAt(i);
    if ((u >= 0x61 && u <= 0x7a) || (u >= 0x41 && u <= 0x5a)) {
      c.letters++;
      continue;
    }
    if (u < 0xc0) continue;
    if (u >= 0x400 && u <= 0x52f) c.cyrillic++;
    else if (u >= 0x4e00 && u <= 0x9fff) c.han++;
    else if (u >= 0x600 && u <= 0x6ff) c.arabic++;
    else if ((u >= 0x3040 && u <= 0x30ff) || (u >= 0xac00 && u <= 0xd7af)) c.kanaHangul++;
    else if (!OTHER_LETTER_RE.test(sample[i] ?? '')) continue;
    c.letters++;
  }
  return c;
}

/** Counts of the distinctive letters of uk, ru, be and kk (indexes 1..4). */
function countCyrillicMarks(sample: string): number[] {
  const marks = [0, 0, 0, 0, 0];
  for (let i = 0; i < sample.length; i++) {
    const u = sample.charCodeAt(i);
    const mark = u < 0x530 ? (CYRILLIC_MARKS[u] ?? 0) : 0;
    if (mark !== 0) marks[mark] = (marks[mark] ?? 0) + 1;
  }
  return marks;
}

/** A script share above this makes the script decide. */
const SCRIPT_MAJORITY = 0.5;
/** One language's distinctive letters must outnumber the other's this many times to decide. */
const DISTINCT_RATIO = 4;

/** Schema of `shared/data/function-words.json`. */
export const functionWordsSchema = z.object({
  header: z.object({
    kind: z.literal('parallax.function-words'),
    version: z.number().int().positive(),
    source: z.string().min(1),
    note: z.string().optional(),
  }),
  languages: z.record(z.string(), z.array(z.string().min(1)).min(5)),
});

/** Function-word tables: word → indexes into `codes` of the languages that use it. */
interface FunctionWordTable {
  codes: string[];
  byWord: Map<string, number[]>;
}

/** Validates and indexes a function-word file; exported for tests and user-edited copies. */
export function compileFunctionWords(data: unknown): FunctionWordTable {
  const parsed = functionWordsSchema.parse(data);
  const codes = Object.keys(parsed.languages);
  const byWord = new Map<string, number[]>();
  codes.forEach((code, i) => {
    for (const word of parsed.languages[code] ?? []) {
      const langs = byWord.get(word) ?? [];
      langs.push(i);
      byWord.set(word, langs);
    }
  });
  return { codes, byWord };
}

const FUNCTION_WORDS = compileFunctionWords(rawFunctionWords);
const WORD_RE = /\p{L}+/gu;
/** Function-word hits the best language needs, and how far it must lead the runner-up. */
const MIN_WORD_HITS = 5;
const MIN_WORD_LEAD = 2;
/** Hits after which the scan stops. */
const SATURATED_WORD_HITS = 40;

/** A guess about the whole sample: it has no single source line or phrase. */
function guess(value: string, confidence: number): Guess<string> {
  return { value, source: null, confidence: Math.round(confidence * 100) / 100, line: null };
}

/**
 * Runs franc among `only`; confidence grows with the gap between the best and the runner-up
 * score (franc normalises the best to 1), from 0.5 for a tie to 0.95.
 */
function byTrigrams(sample: string, only: string[]): Guess<string> | null {
  const ranked = francAll(sample.slice(0, FRANC_SAMPLE_CHARS), { only, minLength: 1 });
  const [best, second] = ranked;
  if (best === undefined || best[0] === 'und') return null;
  const code = SUPPORTED_LANGUAGES[best[0]];
  if (code === undefined) return null;
  const gap = best[1] - (second?.[1] ?? 0);
  return guess(code, Math.min(0.9, 0.5 + gap * 3));
}

/**
 * Latin-script language by function words, or null when they do not decide. Confidence grows with
 * the number of hits and the lead over the runner-up, up to 0.97.
 */
function byFunctionWords(sample: string): Guess<string> | null {
  const scores = new Array<number>(FUNCTION_WORDS.codes.length).fill(0);
  let best = 0;
  let bestIndex = -1;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(sample); m !== null; m = WORD_RE.exec(sample)) {
    const langs = FUNCTION_WORDS.byWord.get(m[0].toLowerCase());
    if (langs === undefined) continue;
    for (const i of langs) {
      const score = (scores[i] ?? 0) + 1;
      scores[i] = score;
      if (score > best) [best, bestIndex] = [score, i];
    }
    // Enough evidence: the rest of the sample would not change the answer, only cost time.
    if (best >= SATURATED_WORD_HITS) break;
  }
  const second = Math.max(0, ...scores.filter((_, i) => i !== bestIndex));
  const code = FUNCTION_WORDS.codes[bestIndex];
  if (code === undefined || best < MIN_WORD_HITS || best < MIN_WORD_LEAD * second) return null;
  const confidence = 0.6 + 0.37 * (1 - second / best) * Math.min(1, best / 15);
  return guess(code, confidence);
}

/** Russian, Ukrainian, Belarusian or Kazakh from their distinctive letters, franc when mixed. */
function cyrillic(sample: string): Guess<string> | null {
  const [, uk = 0, ru = 0, be = 0, kk = 0] = countCyrillicMarks(sample);
  if (kk >= 3) return guess('kk', 0.9);
  if (be >= 2) return guess('be', 0.85);
  if (uk >= DISTINCT_RATIO * Math.max(ru, 1)) return guess('uk', uk >= 10 ? 0.97 : 0.85);
  if (ru >= DISTINCT_RATIO * Math.max(uk, 1)) return guess('ru', ru >= 10 ? 0.97 : 0.85);
  return byTrigrams(sample, CYRILLIC_ONLY);
}

/** ISO 639-1 code of the text's language (en, ru, uk, de, fr, es, it, pt, zh, ar, ...), or null. */
export function detectLanguage(text: string): Guess<string> | null {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  const { letters, han, kanaHangul, arabic, cyrillic: cyr } = countScripts(sample);
  if (letters < MIN_LETTERS) return null;
  // Chinese text is mostly Han even with Latin names in it; Japanese mixes Han with kana and is
  // not supported, and calling it Chinese would be wrong.
  if (han / letters > SCRIPT_MAJORITY / 2 && kanaHangul < han / 4) return guess('zh', 0.95);
  if (arabic / letters > SCRIPT_MAJORITY) return guess('ar', 0.9);
  if (cyr / letters > SCRIPT_MAJORITY) return cyrillic(sample);
  return byFunctionWords(sample) ?? byTrigrams(sample, LATIN_ONLY);
}
