/**
 * Voices of an article: who is quoted, how many words each speaker and each side gets, and the
 * news agencies the article credits (from the importer's `findCredits`).
 */
import { findCredits } from '../import/metadata/credits.ts';
import { defaultLexicons, type Lexicons } from './lexicons.ts';
import { extractQuotes, type Quote } from './quotes.ts';

/** One speaker of an article. */
export interface Voice {
  speaker: string;
  side: string | null;
  /** Direct quotes and reported statements attributed to the speaker. */
  direct: number;
  reported: number;
  /** Words of those quotes and statements. */
  words: number;
}

/** The voices of one article. */
export interface ArticleVoices {
  voices: Voice[];
  /** Words quoted per side; speakers without a known side count under `unknown`. */
  wordsBySide: Record<string, number>;
  /** Quotes no speaker could be found for. */
  unattributed: number;
  /** Agencies credited as sources (`AP`, `Reuters`, `Xinhua`), in order of first mention. */
  credits: string[];
  quotes: Quote[];
}

/** Options of {@link articleVoices}. */
export interface VoicesOptions {
  lexicons?: Lexicons;
  /** The article's own outlet, never reported as a credited source ("told Radio Sputnik"). */
  outlet?: string;
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Who speaks in `text` and how much, by speaker and by side, plus the credited agencies. */
export function articleVoices(
  text: string,
  language: string,
  options: VoicesOptions = {},
): ArticleVoices {
  const quotes = extractQuotes(text, language, options.lexicons ?? defaultLexicons());
  const bySpeaker = new Map<string, Voice>();
  const wordsBySide: Record<string, number> = {};
  let unattributed = 0;
  for (const q of quotes) {
    if (q.speaker === null) {
      unattributed += 1;
      continue;
    }
    const voice = bySpeaker.get(q.speaker) ?? {
      speaker: q.speaker,
      side: null,
      direct: 0,
      reported: 0,
      words: 0,
    };
    const words = wordCount(q.text);
    voice.side ??= q.speakerSide ?? null;
    voice[q.kind] += 1;
    voice.words += words;
    bySpeaker.set(q.speaker, voice);
    const side = q.speakerSide ?? 'unknown';
    wordsBySide[side] = (wordsBySide[side] ?? 0) + words;
  }
  const credits = findCredits(
    text,
    options.outlet === undefined ? {} : { exclude: [options.outlet] },
  );
  const voices = [...bySpeaker.values()].sort((a, b) => b.words - a.words);
  return { voices, wordsBySide, unattributed, credits, quotes };
}
