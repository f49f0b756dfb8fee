/**
 * Word-pair keys: what the backend's pair index stores per passage and what a query looks up.
 *
 * A quote's words are mostly common ("the", "of", "said", "в", "на"); their postings are huge and
 * an OR or AND over them is what made plain FTS5 slow at 100,000 articles. Pairs of neighbouring
 * words are far rarer than either word ("third country", "усилили нашу"), so a few pair look-ups
 * pin a quote down. Pairs one word apart ("aimed _ any") are kept too: a typo breaks the two
 * adjacent pairs around its word, but the skip pair across it survives, so a quote with typos in
 * every other word still has intact keys.
 *
 * Keys are 45-bit hashes written as three-character tokens (see keyOf), so an FTS5 table with the
 * `ascii` tokenizer and `detail=none` stores them as plain sorted postings; two pairs sharing a
 * hash only cost a wasted verification.
 */
import { skeletonText } from './search-normalize.ts';

/** FNV-1a over UTF-16 code units with a chosen offset basis. */
function fnv1a(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: spreads the bits of a combined value. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A word's two 32-bit hashes; pairs combine these, so each word is hashed once per passage. */
interface WordHash {
  a: number;
  b: number;
}

function hashWord(word: string): WordHash {
  return { a: fnv1a(word, 0x811c9dc5), b: fnv1a(word, 0x050c5d1f) };
}

/**
 * A pair's token: 45 bits as three characters from U+4E00 on, 15 bits each. The `ascii` tokenizer
 * takes every non-ASCII character as part of a token and folds none of them, so the token is stored
 * as is, and three `fromCharCode` units are far cheaper to build than a base-36 string.
 */
function keyOf(first: WordHash, second: WordHash, gap: 0 | 1): string {
  const high = mix(Math.imul(first.a, 0x9e3779b1) ^ second.a ^ (gap ? 0x5bd1e995 : 0));
  const low = mix(Math.imul(first.b, 0x85ebca77) + second.b + gap);
  return String.fromCharCode(
    0x4e00 + (high & 0x7fff),
    0x4e00 + ((high >>> 15) & 0x7fff),
    0x4e00 + ((low ^ (high >>> 30)) & 0x7fff),
  );
}

/** The token for one pair of words, `gap` words apart (0 for neighbours). */
export function pairKey(first: string, second: string, gap: 0 | 1): string {
  return keyOf(hashWord(first), hashWord(second), gap);
}

/** One look-up key of a query, with the word positions it covers (for diagnostics and tests). */
export interface QueryKey {
  key: string;
  first: number;
  second: number;
}

/** The pair keys of a sequence of skeleton words: adjacent pairs, then pairs one word apart. */
export function keysOfWords(words: readonly string[]): QueryKey[] {
  const hashes = words.map(hashWord);
  const keys: QueryKey[] = [];
  for (const gap of [0, 1] as const) {
    for (let i = 0; i + 1 + gap < hashes.length; i += 1) {
      const first = hashes[i] as WordHash;
      const second = hashes[i + 1 + gap] as WordHash;
      keys.push({ key: keyOf(first, second, gap), first: i, second: i + 1 + gap });
    }
  }
  return keys;
}

/** The distinct keys of a passage, space-separated: the document stored in the pair index. */
export function passageKeyDocument(passageText: string): string {
  const text = skeletonText(passageText);
  if (!text) return '';
  const hashes = text.split(' ').map(hashWord);
  const unique = new Set<string>();
  for (let i = 0; i + 1 < hashes.length; i += 1) {
    const first = hashes[i] as WordHash;
    unique.add(keyOf(first, hashes[i + 1] as WordHash, 0));
    if (i + 2 < hashes.length) unique.add(keyOf(first, hashes[i + 2] as WordHash, 1));
  }
  return [...unique].join(' ');
}
