/**
 * The same result as {@link normalizeForMatch} (shared/text/normalize.ts) for long texts, faster:
 * runs of characters that normalisation leaves alone (printable ASCII, Latin-1 and Latin Extended
 * letters, Cyrillic, line breaks) are copied with an identity offset map, and only the short
 * stretches around other characters (typographic quotes, dashes, no-break spaces, combining
 * marks…) go through normalizeForMatch. Splits fall before a character that starts a new
 * NFC unit, so every piece normalises exactly as it would inside the whole text.
 */
import { normalizeForMatch } from '../text/normalize.ts';
import type { NormalizedText } from '../text/normalize.ts';

/**
 * Characters normalizeForMatch leaves as they are and that are never combining marks: printable
 * ASCII but the backtick, line breaks, Latin-1 and Latin Extended letters and symbols but the
 * mapped ones (« » no-break space, soft hyphen, acute accent), and Cyrillic but its combining
 * marks (U+0483–U+0489). Everything else takes the careful path.
 */
function isPlain(code: number): boolean {
  if (code >= 0x20 && code <= 0x7e) return code !== 0x60;
  if (code === 0x0a || code === 0x0d) return true;
  if (code >= 0xa1 && code <= 0x2ff) {
    return code !== 0xab && code !== 0xad && code !== 0xb4 && code !== 0xbb;
  }
  return code >= 0x400 && code <= 0x4ff && !(code >= 0x483 && code <= 0x489);
}

/** Combining marks attach to the character before them, so that character joins their piece. */
const MARK = /\p{M}/u;

/** {@link normalizeForMatch} without case folding, computed piecewise (see the module comment). */
export function normalizeLongText(raw: string): NormalizedText {
  const n = raw.length;
  let i = 0;
  while (i < n && isPlain(raw.charCodeAt(i))) i += 1;
  if (i === n) return normalizeForMatch(raw);
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let plainFrom = 0;
  let at = i;
  while (at < n) {
    // [plainFrom, at) is plain; `at` is not. A mark pulls in the character before it.
    let careful = at;
    if (careful > plainFrom && MARK.test(raw[at] ?? '')) careful -= 1;
    if (careful > plainFrom) {
      pieces.push(raw.slice(plainFrom, careful));
      for (let k = plainFrom; k < careful; k += 1) {
        starts.push(k);
        ends.push(k + 1);
      }
    }
    // The careful stretch runs to the next plain character not followed by a mark.
    let end = at + 1;
    while (end < n) {
      if (isPlain(raw.charCodeAt(end)) && !MARK.test(raw[end + 1] ?? '')) break;
      end += 1;
    }
    const piece = normalizeForMatch(raw.slice(careful, end));
    pieces.push(piece.text);
    for (let k = 0; k < piece.text.length; k += 1) {
      starts.push((piece.starts[k] ?? 0) + careful);
      ends.push((piece.ends[k] ?? 0) + careful);
    }
    plainFrom = end;
    at = end;
    while (at < n && isPlain(raw.charCodeAt(at))) at += 1;
  }
  if (plainFrom < n) {
    pieces.push(raw.slice(plainFrom));
    for (let k = plainFrom; k < n; k += 1) {
      starts.push(k);
      ends.push(k + 1);
    }
  }
  return { text: pieces.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
