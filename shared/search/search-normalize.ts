/**
 * The search normaliser: reduces text to a "skeleton" of folded words separated by single spaces,
 * so that a quote typed from memory and the stored text compare equal whatever their case, ё/е,
 * Latin diacritics, punctuation, quote style (“” «» "), dashes, no-break spaces, soft hyphens or
 * line breaks. Every skeleton character keeps the source range it came from, so an alignment found
 * in the skeleton becomes a highlight in the original text.
 *
 * Not shared/text/normalize.ts: that one keeps punctuation and line structure for rule matching;
 * search must drop both, and it runs over every verified passage per keystroke, so this is a single
 * pass over UTF-16 code units with a per-character cache.
 */

/** A skeleton with, for each of its code units, the source range `[starts[i], ends[i])`. */
export interface Skeleton {
  /** Lowercase words (letters and digits only) joined by single spaces; no leading/trailing space. */
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

/** What a character becomes: kept as `out` (may be ''), a word break, or dropped without a break. */
type CharClass = { kind: 'keep'; out: string } | { kind: 'break' } | { kind: 'drop' };

const BREAK: CharClass = { kind: 'break' };
const DROP: CharClass = { kind: 'drop' };
const cache = new Map<string, CharClass>();

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Combining marks and invisible format characters (soft hyphen, zero-width joiners, BOM). */
const INVISIBLE = /^[\p{M}\p{Cf}]$/u;
const MARKS = /\p{M}/gu;
const CYRILLIC = /^[\u0400-\u04ff]$/u;

function classifyNonAscii(ch: string): CharClass {
  let found = cache.get(ch);
  if (found) return found;
  if (INVISIBLE.test(ch)) found = DROP;
  else if (!LETTER_OR_DIGIT.test(ch)) found = BREAK;
  else {
    const lower = ch.toLowerCase();
    // Cyrillic keeps its letters (й is not и) except ё, which Russian writers swap for е freely.
    const out = CYRILLIC.test(ch)
      ? lower.replace('ё', 'е')
      : lower.normalize('NFD').replace(MARKS, '');
    found = { kind: 'keep', out };
  }
  cache.set(ch, found);
  return found;
}

/** Builds the skeleton of `source`: see the module comment for what is folded. */
export function toSkeleton(source: string): Skeleton {
  const out: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let pendingBreak = -1;
  const push = (code: number, start: number, end: number) => {
    out.push(code);
    starts.push(start);
    ends.push(end);
  };
  for (let i = 0; i < source.length;) {
    const code = source.charCodeAt(i);
    if (code < 128) {
      const isDigit = code >= 48 && code <= 57;
      const isLower = code >= 97 && code <= 122;
      const isUpper = code >= 65 && code <= 90;
      if (isDigit || isLower || isUpper) {
        if (pendingBreak >= 0 && out.length > 0) push(32, pendingBreak, pendingBreak + 1);
        pendingBreak = -1;
        push(isUpper ? code + 32 : code, i, i + 1);
      } else if (pendingBreak < 0) pendingBreak = i;
      i += 1;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < source.length ? 2 : 1;
    const ch = source.slice(i, i + width);
    const cls = classifyNonAscii(ch);
    if (cls.kind === 'break') {
      if (pendingBreak < 0) pendingBreak = i;
    } else if (cls.kind === 'drop') {
      // A combining mark belongs to the letter before it: widen that letter's source range.
      if (pendingBreak < 0 && ends.length > 0) ends[ends.length - 1] = i + width;
    } else {
      if (pendingBreak >= 0 && out.length > 0) push(32, pendingBreak, pendingBreak + 1);
      pendingBreak = -1;
      for (let k = 0; k < cls.out.length; k += 1) push(cls.out.charCodeAt(k), i, i + width);
    }
    i += width;
  }
  return {
    text: fromCodes(out),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
  };
}

/** `String.fromCharCode(...codes)` in slices: one spread of a long pasted text would overflow the stack. */
function fromCodes(codes: number[]): string {
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) {
    text += String.fromCharCode(...codes.slice(i, i + 8192));
  }
  return text;
}

/**
 * The skeleton text alone, for queries and index keys: the same folding as {@link toSkeleton}
 * without the offset maps, in one pass over a code-unit buffer with ASCII and basic Cyrillic
 * decided inline, since indexing runs it over every passage written.
 */
export function skeletonText(source: string): string {
  const buffer = new Uint16Array(source.length * 2 + 1);
  let length = 0;
  let pendingBreak = false;
  const put = (code: number) => {
    if (pendingBreak && length > 0) buffer[length++] = 32;
    pendingBreak = false;
    buffer[length++] = code;
  };
  for (let i = 0; i < source.length;) {
    const code = source.charCodeAt(i);
    if (code < 128) {
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) put(code);
      else if (code >= 65 && code <= 90) put(code + 32);
      else pendingBreak = true;
      i += 1;
    } else if (code >= 0x430 && code <= 0x44f) {
      put(code);
      i += 1;
    } else if (code >= 0x410 && code <= 0x42f) {
      put(code + 32);
      i += 1;
    } else if (code === 0x401 || code === 0x451) {
      put(0x435);
      i += 1;
    } else {
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < source.length ? 2 : 1;
      const cls = classifyNonAscii(source.slice(i, i + width));
      if (cls.kind === 'break') pendingBreak = true;
      else if (cls.kind === 'keep') {
        for (let k = 0; k < cls.out.length; k += 1) put(cls.out.charCodeAt(k));
      }
      i += width;
    }
  }
  let text = '';
  for (let i = 0; i < length; i += 8192) {
    // apply takes the typed array as it is; a spread would go through its iterator.
    text += String.fromCharCode.apply(
      null,
      buffer.subarray(i, Math.min(length, i + 8192)) as unknown as number[],
    );
  }
  return text;
}

/** The skeleton's words, in order. */
export function skeletonWords(source: string): string[] {
  const text = skeletonText(source);
  return text ? text.split(' ') : [];
}

/**
 * The source range `[start, end)` that skeleton range `[start, end)` came from; an empty range maps
 * to an empty source range at the next character's start.
 */
export function toSourceSpan(
  skeleton: Skeleton,
  start: number,
  end: number,
): { start: number; end: number } {
  const n = skeleton.text.length;
  if (n === 0) return { start: 0, end: 0 };
  const from = skeleton.starts[Math.min(start, n - 1)] ?? 0;
  if (end <= start) return { start: from, end: from };
  return { start: from, end: skeleton.ends[Math.min(end, n) - 1] ?? from };
}
