/**
 * Complete dates (day, month and year) in running text, in numeric and written forms in several
 * languages, with an attached time when one is printed next to the date. One precompiled regular
 * expression does the whole scan in a single pass.
 */
import { DATE_WORDS } from './date-words.ts';

export interface DateMatch {
  /** ISO `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when a time was printed with it. */
  iso: string;
  /** The matched text, verbatim. */
  text: string;
  /** Offset of the match in the searched string. */
  index: number;
  hasTime: boolean;
  /**
   * True for a slashed all-numeric date whose day and month could be swapped (`03/04/2018`): it is
   * read day first (the convention of most outlets outside the US), but callers may trust it less.
   */
  isAmbiguous?: boolean;
}

/**
 * Any word in month position; readYmd keeps it only when it is a month word of the data. Listing
 * the few hundred month words in the pattern instead makes every attempt ten times slower. The
 * word is captured in a lookahead and then matched by reference, which makes it atomic: the
 * engine does not retry every shorter prefix of each word.
 */
const MONTH = String.raw`\p{L}{3,13}`;
const YEAR_SUFFIX = String.raw`(?:\s*(?:г\.|года|год|р\.|року|г(?!\p{L})|р(?!\p{L})))?`;
const TIME_LEAD = String.raw`(?:\s*[,|–—/-]?\s*(?:[Aa]t|um|à|a\s+las|alle(?:\s+ore)?|às|в|о|o)?\s*|T)`;
const TIME = String.raw`(?<h>[01]?\d|2[0-3])[:h](?<mi>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:\s*(?<ap>[apAP])\.?\s?[mM](?![\p{L}])\.?)?`;

/**
 * Alternatives: ISO (`2015-01-22`), numeric day-first or month-first (`22/01/2015`, `22.01.2015`),
 * day-month-year (`25 October 2011`, `8 января 2018 г.`, `8. Januar 2018`, `8 de enero de 2018`),
 * month-day-year (`Oct. 25, 2011`). A time may come before (`19:27 08.01.2018`) or after.
 */
const DATE_SOURCE = [
  String.raw`(?<![\p{L}\p{N}])`,
  String.raw`(?:(?<bh>[01]?\d|2[0-3]):(?<bmi>[0-5]\d)\s*[,|–—-]?\s*)?`,
  '(?:',
  String.raw`(?<isoY>\d{4})(?<isoSep>[-/.])(?<isoM>\d{1,2})\k<isoSep>(?<isoD>\d{1,2})`,
  String.raw`|(?<nA>\d{1,2})(?<nSep>[./-])(?<nB>\d{1,2})\k<nSep>(?<nY>\d{4})`,
  String.raw`|(?<dmD>\d{1,2})(?:\.|st|nd|rd|th|er|º|°)?(?:\s+of|\s+de)?\s*`,
  String.raw`(?=(?<dmMon>${MONTH}))\k<dmMon>(?!\p{L})\.?(?:,|\s+de|\s+del)?\s*(?<dmY>\d{4})`,
  String.raw`|(?=(?<mdMon>${MONTH}))\k<mdMon>(?!\p{L})\.?\s+(?<mdD>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<mdY>\d{4})`,
  ')',
  YEAR_SUFFIX,
  String.raw`(?!\p{N})`,
  `(?:${TIME_LEAD}${TIME}(?!\\p{N}))?`,
].join('');

// Case-sensitive on purpose: `\p{L}` under the i flag is many times slower in V8. Month words are
// lower-cased before lookup; the few literal words above list the cases met in datelines.
const DATE_RE = new RegExp(DATE_SOURCE, 'gu');
/** Every complete date has a four-digit year: dates are only looked for around one. */
const YEAR_RE = /\d{4}/g;
/** The longest date text before its year (`19:27, 14 de setembro de 2017`) and after it (`2018 г. в 19:27`). */
const WINDOW_BEFORE = 48;
const WINDOW_AFTER = 32;

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** True when the day exists in that month of that year (no 31 February, 29 February only in leap years). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}

const pad = (n: number): string => String(n).padStart(2, '0');

interface Ymd {
  year: number;
  month: number;
  day: number;
  isAmbiguous: boolean;
}

/** Reads day, month and year from whichever alternative matched. */
function readYmd(g: Record<string, string | undefined>): Ymd | null {
  if (g.isoY)
    return { year: +g.isoY, month: Number(g.isoM), day: Number(g.isoD), isAmbiguous: false };
  if (g.nA && g.nB && g.nY) {
    const a = Number(g.nA);
    const b = Number(g.nB);
    // Day first unless that is impossible; only the US slash form is ever month first.
    const monthFirst = a <= 12 && b > 12 && g.nSep === '/';
    const isAmbiguous = g.nSep === '/' && a <= 12 && b <= 12 && a !== b;
    return monthFirst
      ? { year: +g.nY, month: a, day: b, isAmbiguous }
      : { year: +g.nY, month: b, day: a, isAmbiguous };
  }
  const monWord = (g.dmMon ?? g.mdMon ?? '').toLowerCase().replace(/\s+/g, ' ');
  const month = DATE_WORDS.monthByWord.get(monWord);
  if (month === undefined) return null;
  if (g.dmD) return { year: Number(g.dmY), month, day: Number(g.dmD), isAmbiguous: false };
  return { year: Number(g.mdY), month, day: Number(g.mdD), isAmbiguous: false };
}

/** HH:MM in 24-hour form, or null when no (valid) time was printed. */
function readTime(
  h: string | undefined,
  mi: string | undefined,
  ap: string | undefined,
): string | null {
  if (h === undefined || mi === undefined) return null;
  let hour = Number(h);
  if (ap !== undefined) {
    if (hour < 1 || hour > 12) return null;
    const isPm = ap.toLowerCase() === 'p';
    hour = (hour % 12) + (isPm ? 12 : 0);
  }
  return `${pad(hour)}:${mi}`;
}

/** The date a match stands for, or null when it names no real day. */
function toDateMatch(m: RegExpExecArray, offset: number): DateMatch | null {
  const g = m.groups ?? {};
  const ymd = readYmd(g);
  if (ymd === null || !isValidDate(ymd.year, ymd.month, ymd.day)) return null;
  const time = readTime(g.h, g.mi, g.ap) ?? readTime(g.bh, g.bmi, undefined);
  const day = `${ymd.year}-${pad(ymd.month)}-${pad(ymd.day)}`;
  const match: DateMatch = {
    iso: time === null ? day : `${day}T${time}`,
    text: m[0],
    index: offset + m.index,
    hasTime: time !== null,
  };
  if (ymd.isAmbiguous) match.isAmbiguous = true;
  return match;
}

const isWordChar = (ch: string | undefined): boolean =>
  ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * The stretches of text worth scanning: a window around every four-digit run, widened to word
 * boundaries (so the pattern's own boundary checks see what they would in the whole text), with
 * overlapping windows merged. Each date lies whole inside the window of its own year.
 */
function yearWindows(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  YEAR_RE.lastIndex = 0;
  for (let y = YEAR_RE.exec(text); y !== null; y = YEAR_RE.exec(text)) {
    let start = Math.max(0, y.index - WINDOW_BEFORE);
    while (start > 0 && isWordChar(text[start - 1])) start--;
    let end = Math.min(text.length, y.index + y[0].length + WINDOW_AFTER);
    while (end < text.length && isWordChar(text[end])) end++;
    const last = windows[windows.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

/**
 * All complete dates (day, month and year) in a text, in several formats and languages. Only the
 * windows around four-digit runs are scanned: every complete date has a year, and the full
 * pattern, with its hundreds of month names, costs several times more run over a whole article.
 */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const [start, end] of yearWindows(text)) {
    // exec with lastIndex rather than matchAll, which copies the (large) expression on every call.
    const window = text.slice(start, end);
    DATE_RE.lastIndex = 0;
    for (let m = DATE_RE.exec(window); m !== null; m = DATE_RE.exec(window)) {
      const date = toDateMatch(m, start);
      if (date !== null) found.push(date);
    }
  }
  return found;
}

/** The first complete date in a text, or null. */
export function firstDate(text: string): DateMatch | null {
  return findDates(text)[0] ?? null;
}
