/**
 * Word-sequence matching for lexicon patterns. Patterns are compiled once into a trie keyed by
 * word; a text is normalised and folded once (NBSP, curly quotes, dashes, case, ё), split into
 * words, and every word position walks the trie. Hundreds of patterns then cost one Map lookup per
 * word instead of one regular-expression alternation per pattern (an article in well under 5 ms).
 */
import {
  foldCase,
  normalizeForMatch,
  toSourceRange,
  type NormalizedText,
} from '../text/normalize.ts';

/** A word of a normalised text: its folded form and its range in the normalised string. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** Words of a text with the normalisation that produced them. */
export interface WordedText {
  normalized: NormalizedText;
  words: Word[];
  /** Length of the original text, for mapping ranges back. */
  sourceLength: number;
}

/** One hit of a compiled pattern, in original-text offsets, with the word index range. */
export interface PatternHit<T> {
  value: T;
  start: number;
  end: number;
  firstWord: number;
  /** Index after the last matched word. */
  endWord: number;
}

interface TrieNode<T> {
  exact: Map<string, TrieNode<T>>;
  /** Wildcard words (`заяви*`), bucketed by their first three letters for a direct lookup. */
  prefixes: Map<string, Array<{ prefix: string; node: TrieNode<T> }>>;
  values: T[];
}

/** A compiled set of patterns, each carrying a value (usually a lexicon entry). */
export interface Matcher<T> {
  root: TrieNode<T>;
}

const WORD_RE = /[\p{L}\p{N}]+/gu;
/** What may stand between two words of one phrase: spaces, hyphens, apostrophes, quotes. */
const GAP_RE = /^[ '"-]{1,3}$/;
const MIN_PREFIX = 3;

/**
 * Characters that make normalisation change the length of the text (combining marks, invisible
 * characters, the ellipsis); texts with none of them can be folded in place.
 */
const LENGTH_CHANGING = /[\p{M}\u00ad\u200b-\u200f\u2060-\u2064\ufeff\u2026]/u;
/** The one-for-one substitutions of `normalizeForMatch`, kept equal to it by a test. */
const SUBSTITUTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' '],
  [/[\u2018\u2019\u201a\u201b\u2032\u2039\u203a`\u00b4]/g, "'"],
  [/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"'],
  [/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-'],
];

/**
 * The folded form of a text with its offset map. `normalizeForMatch` walks non-ASCII text one
 * character at a time (most of the cost of matching a Russian article); when nothing in the text
 * can change its length, native replaces give the same string with an identity map, several times
 * faster. Anything else goes through `normalizeForMatch` itself.
 */
export function foldWithMap(text: string): NormalizedText {
  if (LENGTH_CHANGING.test(text) || text.normalize('NFC') !== text) {
    return normalizeForMatch(text, { fold: true });
  }
  let mapped = text;
  for (const [re, to] of SUBSTITUTIONS) mapped = mapped.replace(re, to);
  const folded = foldCase(mapped);
  if (folded.length !== text.length) return normalizeForMatch(text, { fold: true });
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text: folded, starts, ends };
}

/** Splits `text` into folded words, keeping the normalisation for offset mapping. */
export function wordsOf(text: string): WordedText {
  const normalized = foldWithMap(text);
  const words: Word[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(normalized.text); m !== null; m = WORD_RE.exec(normalized.text)) {
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return { normalized, words, sourceLength: text.length };
}

/** The word alternatives of one pattern: each a list of options like `said`, `заяви*`. */
export function parsePattern(pattern: string): string[][] {
  const folded = foldWithMap(pattern).text;
  // Split on everything that is not a letter, digit, `*` or `|`, like the text is split.
  return folded
    .split(/[^\p{L}\p{N}*|]+/u)
    .filter((w) => w !== '')
    .map((w) => w.split('|').filter((o) => o !== '' && o !== '*'));
}

function newNode<T>(): TrieNode<T> {
  return { exact: new Map(), prefixes: new Map(), values: [] };
}

function childFor<T>(node: TrieNode<T>, option: string): TrieNode<T> {
  if (option.endsWith('*') && option.length - 1 >= MIN_PREFIX) {
    const prefix = option.slice(0, -1);
    const bucketKey = prefix.slice(0, MIN_PREFIX);
    const bucket = node.prefixes.get(bucketKey) ?? [];
    node.prefixes.set(bucketKey, bucket);
    let found = bucket.find((p) => p.prefix === prefix);
    if (found === undefined) {
      found = { prefix, node: newNode() };
      bucket.push(found);
    }
    return found.node;
  }
  const word = option.replace(/\*$/, '');
  let child = node.exact.get(word);
  if (child === undefined) {
    child = newNode();
    node.exact.set(word, child);
  }
  return child;
}

function insert<T>(nodes: TrieNode<T>[], words: string[][], value: T): void {
  let level = nodes;
  for (const options of words) {
    const next: TrieNode<T>[] = [];
    for (const node of level) for (const option of options) next.push(childFor(node, option));
    level = [...new Set(next)];
  }
  for (const node of level) if (!node.values.includes(value)) node.values.push(value);
}

/** Compiles `(pattern, value)` pairs into one matcher. Empty patterns are skipped. */
export function compileMatcher<T>(items: Iterable<{ pattern: string; value: T }>): Matcher<T> {
  const root = newNode<T>();
  for (const { pattern, value } of items) {
    const words = parsePattern(pattern);
    if (words.length > 0 && words.every((w) => w.length > 0)) insert([root], words, value);
  }
  return { root };
}

function children<T>(node: TrieNode<T>, word: string): TrieNode<T>[] {
  const out: TrieNode<T>[] = [];
  const exact = node.exact.get(word);
  if (exact !== undefined) out.push(exact);
  const bucket = node.prefixes.size > 0 ? node.prefixes.get(word.slice(0, MIN_PREFIX)) : undefined;
  if (bucket !== undefined) for (const p of bucket) if (word.startsWith(p.prefix)) out.push(p.node);
  return out;
}

function gapOk(wt: WordedText, a: Word, b: Word): boolean {
  return GAP_RE.test(wt.normalized.text.slice(a.end, b.start));
}

/**
 * Every match of the matcher in the text, all lengths and overlaps included, ordered by start.
 * Callers pick among overlaps (see {@link keepLongest}).
 */
export function findAll<T>(matcher: Matcher<T>, wt: WordedText): PatternHit<T>[] {
  const hits: PatternHit<T>[] = [];
  const { words } = wt;
  for (let i = 0; i < words.length; i += 1) {
    let level = children(matcher.root, (words[i] as Word).text);
    for (let j = i; level.length > 0;) {
      for (const node of level)
        for (const value of node.values) hits.push(hitOf(wt, value, i, j + 1));
      const next = j + 1;
      if (next >= words.length || !gapOk(wt, words[j] as Word, words[next] as Word)) break;
      const word = (words[next] as Word).text;
      level = level.flatMap((node) => children(node, word));
      j = next;
    }
  }
  return hits;
}

function hitOf<T>(wt: WordedText, value: T, first: number, endWord: number): PatternHit<T> {
  const a = wt.words[first] as Word;
  const b = wt.words[endWord - 1] as Word;
  const range = toSourceRange(wt.normalized, a.start, b.end, wt.sourceLength);
  return { value, start: range.start, end: range.end, firstWord: first, endWord };
}

/**
 * Keeps, per group, the earliest and then longest of overlapping hits (`media reported` over
 * `reported`; `foreign-sponsored coup` over `coup in Ukraine`), so text is highlighted once per kind.
 */
export function keepLongest<T>(hits: PatternHit<T>[], groupOf: (v: T) => string): PatternHit<T>[] {
  const sorted = [...hits].sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: PatternHit<T>[] = [];
  const lastEndByGroup = new Map<string, number>();
  for (const hit of sorted) {
    const group = groupOf(hit.value);
    const lastEnd = lastEndByGroup.get(group) ?? -1;
    if (hit.start < lastEnd) continue;
    kept.push(hit);
    lastEndByGroup.set(group, Math.max(lastEnd, hit.end));
  }
  return kept;
}
