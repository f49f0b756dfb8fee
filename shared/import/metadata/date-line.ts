/**
 * What a whole short line is as far as dates go: a dateline (the outlet printing when it published
 * or updated the piece), a page clock or crawl stamp (when the page was saved or cited: never the
 * publication date), or neither.
 */
import { DATE_WORDS } from './date-words.ts';
import { findDates, type DateMatch } from './find-dates.ts';

/** What a whole short line is, as far as dates go. */
export type DateLineKind = 'dateline' | 'clock' | 'none';

/** Which date a dateline says it prints: `Published: ...`, `Updated: ...`, or no label. */
export type DateLabel = 'published' | 'updated' | null;

/** The result of {@link classifyDateLine}. */
export interface DateLineInfo {
  kind: DateLineKind;
  /** The date the line carries (for a clock: when the page was saved), or null. */
  date: DateMatch | null;
  /** For a dateline, the label in front of the chosen date. */
  label?: DateLabel;
}

/** Longer lines are sentences or paragraphs, not datelines. */
const MAX_DATELINE_CHARS = 100;
const MAX_CLOCK_CHARS = 200;
/** Words a dateline may carry besides date, weekday, label and fillers (a city, a byline). */
const MAX_EXTRA_WORDS = 3;

const ZONES = 'GMT|UTC|MSK|МСК|CET|CEST|EET|EEST|BST|EST|EDT|PST|PDT|KYIV|KIEV';
/** A time with a zone tag and (maybe) an offset, then whatever follows on the line. */
const ZONE_TIME_RE = new RegExp(
  String.raw`(?<![\p{N}])(?<time>(?:[01]?\d|2[0-3]):[0-5]\d)(?::[0-5]\d)?\s*(?:${ZONES})\s*` +
    String.raw`(?:(?<sign>[+−-])\s*(?<off>\d+))?(?<rest>.*)$`,
  'iu',
);
const RELATIVE_RE = new RegExp(
  String.raw`\d+\s*\p{L}+\.?\s+(?:${DATE_WORDS.relativeAfterSource})(?!\p{L})|` +
    String.raw`(?<!\p{L})(?:${DATE_WORDS.relativeBeforeSource})\s+\d+\s*\p{L}`,
  'iu',
);
const STAMP_RE = new RegExp(
  String.raw`^[^\p{L}\p{N}]*(?:${DATE_WORDS.stampLabelSource})(?!\p{L})`,
  'iu',
);
const CLOCK_LABEL_RE = new RegExp(
  String.raw`(?<!\p{L})(?:${DATE_WORDS.clockLabelSource})\s*[:：-]\s*\d`,
  'iu',
);
const LABEL_RE = new RegExp(String.raw`(?<!\p{L})(?:${DATE_WORDS.labelSource})(?!\p{L})`, 'giu');
const TIME_OR_OFFSET_RE = /\d{1,2}:\d{2}(?::\d{2})?|[+−-]\d{1,2}(?::?\d{2})?/g;
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

const NONE: DateLineInfo = { kind: 'none', date: null };

/**
 * A zone offset glued to the day of a date (`13:13 GMT +319 October 2019` is `+3` then `19 October
 * 2019`): the page clock of a saved page. Returns the clock's date, or undefined when the line is
 * no such clock. Offsets are at most 14 hours, which decides where the offset ends.
 */
function gluedClock(line: string): DateLineInfo | undefined {
  const m = ZONE_TIME_RE.exec(line);
  if (m?.groups === undefined) return undefined;
  const { time, off, rest = '' } = m.groups;
  if (off === undefined) {
    // A bare "13:13 GMT" with nothing after it is a clock too; anything else is judged as a dateline.
    return rest.trim() === '' ? { kind: 'clock', date: null } : undefined;
  }
  // Real offsets are whole hours up to 14, or HHMM with 00, 30 or 45 minutes.
  const isPlainOffset =
    (/^\d{1,2}$/.test(off) && Number(off) <= 14) ||
    (/^\d{4}$/.test(off) && Number(off.slice(0, 2)) <= 14 && /(?:00|30|45)$/.test(off));
  if (isPlainOffset && !/^\d/.test(rest))
    return rest.trim() === '' ? { kind: 'clock', date: null } : undefined;
  for (const digits of [2, 1]) {
    if (off.length <= digits || Number(off.slice(0, digits)) > 14) continue;
    const date = findDates(off.slice(digits) + rest).find((d) => d.index === 0);
    if (date !== undefined) {
      const iso = date.hasTime ? date.iso : `${date.iso}T${time?.padStart(5, '0') ?? ''}`;
      return {
        kind: 'clock',
        date: { ...date, iso, hasTime: true, index: line.indexOf(date.text) },
      };
    }
  }
  return { kind: 'clock', date: null };
}

/** Page clocks, relative stamps ("5 min ago") and crawl or citation stamps ("Retrieved ..."). */
function clockKind(line: string): DateLineInfo | undefined {
  const glued = gluedClock(line);
  if (glued !== undefined) return glued;
  if (RELATIVE_RE.test(line) || STAMP_RE.test(line) || CLOCK_LABEL_RE.test(line)) {
    return { kind: 'clock', date: findDates(line)[0] ?? null };
  }
  return undefined;
}

/** Counts the words of a line that are not part of a date, time, label, weekday or filler. */
function extraWordCount(line: string, dates: DateMatch[]): number {
  let rest = line;
  for (const d of dates) rest = rest.replace(d.text, ' ');
  rest = rest.replace(LABEL_RE, ' ').replace(TIME_OR_OFFSET_RE, ' ');
  let count = 0;
  for (const [word] of rest.matchAll(WORD_RE)) {
    const w = word.toLowerCase().replace(/[.'’-]+$/, '');
    if (!DATE_WORDS.weekdays.has(w) && !DATE_WORDS.fillerWords.has(w)) count += 1;
  }
  return count;
}

/** The label that stands before each date (and after the previous one), if any. */
function labelsOf(line: string, dates: DateMatch[]): DateLabel[] {
  const labels = [...line.matchAll(LABEL_RE)];
  return dates.map((d, i) => {
    const from = i === 0 ? 0 : (dates[i - 1]?.index ?? 0);
    const own = labels.filter((l) => l.index >= from && l.index < d.index).pop();
    if (own === undefined) return null;
    const word = own[0].toLowerCase().replace(/\s+/g, ' ');
    return DATE_WORDS.updatedLabels.has(word) ? 'updated' : 'published';
  });
}

/**
 * Classifies one line: `dateline` when the line is (essentially) a publication date or date-time;
 * `clock` when it is a page clock or crawl stamp (a time with a zone offset glued to a date, "Updated
 * 5 min ago", ...); `none` otherwise. A dateline with both dates (`Published: ... | Updated: ...`)
 * returns the published one; `label` says which one was returned.
 */
export function classifyDateLine(line: string): DateLineInfo {
  const text = line.trim();
  if (text === '' || text.length > MAX_CLOCK_CHARS || !/\d/.test(text)) return NONE;
  const info = classifyTrimmed(text);
  // Offsets refer to the line as given, leading indentation included.
  const lead = line.length - line.trimStart().length;
  if (info.date === null || lead === 0) return info;
  return { ...info, date: { ...info.date, index: info.date.index + lead } };
}

function classifyTrimmed(text: string): DateLineInfo {
  const clock = clockKind(text);
  if (clock !== undefined) return clock;
  if (text.length > MAX_DATELINE_CHARS) return NONE;
  const dates = findDates(text);
  if (dates.length === 0 || extraWordCount(text, dates) > MAX_EXTRA_WORDS) return NONE;
  const labels = labelsOf(text, dates);
  let pick = labels.indexOf('published');
  if (pick < 0) pick = labels.indexOf(null);
  if (pick < 0) pick = 0;
  return { kind: 'dateline', date: dates[pick] ?? null, label: labels[pick] ?? null };
}
