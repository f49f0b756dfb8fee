/**
 * Bytes → text. Detects byte order marks, UTF-16 without a mark, binary files, and for bytes that
 * are not UTF-8 picks a legacy code page (Windows-1251, KOI8-R, Windows-1252) by how plausible the
 * decoded letters are. Uses the runtime's TextDecoder, which every host provides.
 */
import { describeBinary } from './binary.ts';

/** Decoded text, or why the bytes cannot be read as text. */
export type DecodeResult =
  { ok: true; text: string; encoding: string } | { ok: false; error: string };

/** How many bytes the binary and UTF-16 sniffers look at; enough to judge, cheap on 20 MB. */
const SAMPLE_BYTES = 65_536;
/** Binary files show NULs and control bytes at once; 8 KB decides. */
const BINARY_SAMPLE_BYTES = 8192;

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Decoders are stateless between whole-buffer calls, so one per label serves every file. */
const decoders = new Map<string, TextDecoder>();

function decoderFor(label: string, fatal = false): TextDecoder {
  const key = fatal ? `${label}!` : label;
  let decoder = decoders.get(key);
  if (decoder === undefined) {
    decoder = new TextDecoder(label, { fatal });
    decoders.set(key, decoder);
  }
  return decoder;
}

function decodeWith(label: string, bytes: Uint8Array): string {
  return decoderFor(label).decode(bytes);
}

/** The encoding named by a byte order mark, or null. */
function encodingFromBom(bytes: Uint8Array): string | null {
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (hasPrefix(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (hasPrefix(bytes, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a mark: in Latin or Cyrillic text one byte of every pair is almost always 0x00 or
 * 0x04 (the high byte of U+00xx / U+04xx), and the other almost never is.
 */
function sniffUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 8) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < n; i += 2) {
    const even = bytes[i] ?? 0;
    const odd = bytes[i + 1] ?? 0;
    if (even === 0 || even === 4) evenHigh += 1;
    if (odd === 0 || odd === 4) oddHigh += 1;
  }
  const pairs = n / 2;
  if (oddHigh / pairs > 0.6 && evenHigh / pairs < 0.2) return 'utf-16le';
  if (evenHigh / pairs > 0.6 && oddHigh / pairs < 0.2) return 'utf-16be';
  return null;
}

/** Decodes strictly as UTF-8, or returns null when the bytes are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return decoderFor('utf-8', true).decode(bytes);
  } catch {
    // Invalid UTF-8 is an expected outcome here, not an error: the caller tries legacy encodings.
    return null;
  }
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and stray high bytes. A file that is UTF-8 with a
 * few damaged bytes (a truncated download, one bad character) should stay UTF-8, lossy, rather
 * than turn into mojibake in a legacy code page.
 */
function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const len = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k += 1) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      valid += 1;
      i += len;
    } else {
      invalid += 1;
      i += 1;
    }
  }
  return { valid, invalid };
}

/** Russian letter frequencies (per cent, lower case), for telling code pages apart. */
const RUSSIAN_FREQUENCY: Readonly<Record<string, number>> = {
  о: 10.97,
  е: 8.45,
  а: 8.01,
  и: 7.35,
  н: 6.7,
  т: 6.26,
  с: 5.47,
  р: 4.73,
  в: 4.54,
  л: 4.4,
  к: 3.49,
  м: 3.21,
  д: 2.98,
  п: 2.81,
  у: 2.62,
  я: 2.01,
  ы: 1.9,
  ь: 1.74,
  г: 1.7,
  з: 1.65,
  б: 1.59,
  ч: 1.44,
  й: 1.21,
  х: 0.97,
  ж: 0.94,
  ш: 0.73,
  ю: 0.64,
  ц: 0.48,
  щ: 0.36,
  э: 0.32,
  ф: 0.26,
  ъ: 0.04,
  ё: 0.04,
  і: 1.5,
  ї: 0.6,
  є: 0.4,
  ґ: 0.05,
};

/**
 * How Russian/Ukrainian a decoding looks: the mean log frequency of its letters, minus a penalty
 * for upper case inside a word after lower case ("мИНИСТР"). Reading cp1251 bytes as KOI8-R (or the
 * reverse) scrambles letters and swaps case, so the wrong reading loses on both counts; an all-caps
 * headline has no case evidence either way and is decided by the frequencies.
 */
export function cyrillicPlausibility(text: string): number {
  let letters = 0;
  let logSum = 0;
  let badCase = 0;
  let prevLower = false;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x400 || code > 0x4ff) {
      prevLower = false;
      continue;
    }
    const folded = ch.toLowerCase();
    const isLower = folded === ch;
    letters += 1;
    if (prevLower && !isLower) badCase += 1;
    prevLower = isLower;
    logSum += Math.log((RUSSIAN_FREQUENCY[folded] ?? 0.01) + 0.01);
  }
  if (letters === 0) return Number.NEGATIVE_INFINITY;
  return logSum / letters - 10 * (badCase / letters);
}

/** Share of letters that are high bytes (0xC0–0xFF): Cyrillic text is mostly those, Latin is not. */
function highLetterShare(bytes: Uint8Array): number {
  let ascii = 0;
  let high = 0;
  const n = Math.min(bytes.length, SAMPLE_BYTES * 4);
  for (let i = 0; i < n; i += 1) {
    const b = bytes[i] ?? 0;
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) ascii += 1;
    else if (b >= 0xc0) high += 1;
  }
  return ascii + high === 0 ? 0 : high / (ascii + high);
}

/** Picks a legacy single-byte code page for bytes that are not UTF-8. */
function decodeLegacy(bytes: Uint8Array): { text: string; encoding: string } {
  if (highLetterShare(bytes) < 0.3) {
    return { text: decodeWith('windows-1252', bytes), encoding: 'windows-1252' };
  }
  const cp1251 = decodeWith('windows-1251', bytes);
  const koi8 = decodeWith('koi8-r', bytes);
  return cyrillicPlausibility(koi8) > cyrillicPlausibility(cp1251)
    ? { text: koi8, encoding: 'koi8-r' }
    : { text: cp1251, encoding: 'windows-1251' };
}

/**
 * Decodes file bytes to text: BOM first (UTF-8, UTF-16 LE/BE), then UTF-16 without BOM, binary
 * detection, strict UTF-8 (or UTF-8 with a few damaged bytes), then the code page a page declares,
 * then a detected legacy code page. A leading BOM is not part of the text.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'empty file' };
  const bomEncoding = encodingFromBom(bytes);
  if (bomEncoding !== null)
    return { ok: true, text: decodeWith(bomEncoding, bytes), encoding: bomEncoding };
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== null) return { ok: true, text: decodeWith(utf16, bytes), encoding: utf16 };
  const binary = describeBinary(bytes.subarray(0, BINARY_SAMPLE_BYTES));
  if (binary !== null) return { ok: false, error: binary };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  const evidence = utf8Evidence(bytes);
  if (evidence.valid > 0 && evidence.invalid * 20 <= evidence.valid) {
    return { ok: true, text: decodeWith('utf-8', bytes), encoding: 'utf-8' };
  }
  return { ok: true, ...(decodeDeclared(bytes) ?? decodeLegacy(bytes)) };
}

const DECLARED_CHARSET =
  /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i;

/**
 * The encoding a page declares (`<meta charset>`, an XML declaration), when the runtime knows it
 * and it is not UTF-8 (these bytes are not valid UTF-8, so such a declaration is wrong). Covers
 * code pages detection cannot tell apart, such as Windows-1250 or ISO-8859-5.
 */
function decodeDeclared(bytes: Uint8Array): { text: string; encoding: string } | null {
  const head = decoderFor('windows-1252').decode(bytes.subarray(0, 2048));
  const m = DECLARED_CHARSET.exec(head);
  const label = (m?.[1] ?? m?.[2] ?? '').toLowerCase();
  if (label === '' || label === 'utf-8' || label === 'utf8') return null;
  try {
    const decoder = decoderFor(label);
    return { text: decoder.decode(bytes), encoding: decoder.encoding };
  } catch {
    // An unknown or misspelt label: fall back to detection, as browsers do.
    return null;
  }
}
