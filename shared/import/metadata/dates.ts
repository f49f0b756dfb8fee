/**
 * Date expressions in news text. STUB: signatures fixed, implementation pending.
 */
export interface DateMatch {
  /** ISO `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when a time was printed with it. */
  iso: string;
  /** The matched text, verbatim. */
  text: string;
  /** Offset of the match in the searched string. */
  index: number;
  hasTime: boolean;
}

/** What a whole short line is, as far as dates go. */
export type DateLineKind = 'dateline' | 'clock' | 'none';

/**
 * Classifies one line: `dateline` when the line is (essentially) a publication date or date-time;
 * `clock` when it is a page clock or crawl stamp (a time with a zone offset glued to a date, "Updated
 * 5 min ago", ...); `none` otherwise.
 */
export function classifyDateLine(_line: string): { kind: DateLineKind; date: DateMatch | null } {
  return { kind: 'none', date: null };
}

/** All complete dates (day, month and year) in a text, in several formats and languages. */
export function findDates(_text: string): DateMatch[] {
  return [];
}
