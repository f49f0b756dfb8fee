/**
 * Normalisation for matching, never for display: two spellings of the same text (no-break vs plain
 * space, curly vs straight quotes, en dash vs hyphen, soft hyphens, decomposed accents) become the
 * same string, and every character of the result maps back to the input so a match found in the
 * normalised text can be highlighted in the raw one.
 */

/** A normalised string with, for each of its UTF-16 code units, the input range it came from. */
export interface NormalizedText {
  text: string;
  /** `starts[i]` is the input offset where normalised unit `i` comes from. Length `text.length`. */
  starts: Int32Array;
  /** `ends[i]` is the input offset (exclusive) where normalised unit `i` ends. */
  ends: Int32Array;
}

/** Options of {@link normalizeForMatch}. */
export interface NormalizeOptions {
  /** Also case-fold (lowercase, ё→е) so comparisons ignore case. */
  fold?: boolean;
}

const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u2039\u203a`\u00b4]/;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
/** Soft hyphen, zero-width space/joiners, word joiner, invisible operators, BOM, LRM/RLM. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/;
/** Every character {@link mapChar} changes, as one character class for a single replace pass. */
const MAPPED_G = new RegExp(
  `[${[SPACES, SINGLE_QUOTES, DOUBLE_QUOTES, DASHES, INVISIBLE].map((r) => r.source.slice(1, -1)).join('')}\u2026]`,
  'g',
);
/** Anything but printable ASCII (minus the backtick) and line breaks might need mapping. */
const NEEDS_WORK = /[^\n\r -_a-~]/;

/** Maps one code point (already NFC) to its matching form; '' removes it. */
function mapChar(ch: string): string {
  if (ch.length === 1) {
    if (SPACES.test(ch)) return ' ';
    if (SINGLE_QUOTES.test(ch)) return "'";
    if (DOUBLE_QUOTES.test(ch)) return '"';
    if (DASHES.test(ch)) return '-';
    if (INVISIBLE.test(ch)) return '';
    if (ch === '\u2026') return '...';
  }
  return ch;
}

/** Lowercase with ё→е, the fold Russian readers apply without noticing. */
function foldChar(ch: string): string {
  const lower = ch.toLowerCase();
  return lower === '\u0451' ? '\u0435' : lower;
}

/**
 * Splits the input into NFC units: a starter plus the combining marks that follow it. Normalising
 * unit by unit keeps the offset map exact even when NFC merges or splits characters.
 */
function* nfcUnits(input: string): Generator<{ start: number; end: number; text: string }> {
  const unit = /\P{M}\p{M}*|\p{M}+/gsu;
  for (let m = unit.exec(input); m !== null; m = unit.exec(input)) {
    const raw = m[0];
    const text = raw.length === 1 ? raw : raw.normalize('NFC');
    yield { start: m.index, end: m.index + raw.length, text };
  }
}

/**
 * Normalises `input` for matching: NFC; Unicode spaces and tabs → ' '; curly, angle and low quotes
 * → `'` or `"`; hyphen and dash variants → '-'; '…' → '...'; soft hyphens and zero-width characters
 * removed; optionally case-folded. Line breaks are kept so line structure survives.
 */
export function normalizeForMatch(input: string, options: NormalizeOptions = {}): NormalizedText {
  const fold = options.fold === true;
  if (!NEEDS_WORK.test(input)) return identity(fold ? input.toLowerCase() : input);
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const unit of nfcUnits(input)) {
    for (const cp of unit.text) {
      let mapped = mapChar(cp);
      if (fold) mapped = foldChar(mapped);
      for (let i = 0; i < mapped.length; i += 1) {
        starts.push(unit.start);
        ends.push(unit.end);
      }
      out.push(mapped);
    }
  }
  return { text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

function identity(text: string): NormalizedText {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text, starts, ends };
}

/**
 * The input range `[start, end)` that normalised range `[start, end)` came from. An empty range maps
 * to the input position of the next normalised character (or the input's end).
 */
export function toSourceRange(
  normalized: NormalizedText,
  start: number,
  end: number,
  inputLength: number,
): { start: number; end: number } {
  const n = normalized.text.length;
  const sourceStart = start < n ? (normalized.starts[start] ?? inputLength) : inputLength;
  if (end <= start) return { start: sourceStart, end: sourceStart };
  const last = Math.min(end, n) - 1;
  return { start: sourceStart, end: normalized.ends[last] ?? inputLength };
}

/**
 * The normalised text only, for callers that need no offsets (rule matching, keys). Same mapping as
 * {@link normalizeForMatch}.
 */
export function normalizeText(input: string): string {
  if (!NEEDS_WORK.test(input)) return input;
  // One native replace calling back only on the characters that change: this runs on every line.
  return input.normalize('NFC').replace(MAPPED_G, mapChar);
}

/** Case fold for comparisons: lowercase, ё→е. Lengths may change for a few characters (İ). */
export function foldCase(input: string): string {
  const lower = input.toLowerCase();
  // A substring check first: the replace would copy every line, and most have no ё.
  return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
}
