/** Display helpers for metadata: language names, dates and counts, in the UI's (English) locale. */

const uiLocale = 'en';
const languageNames = new Intl.DisplayNames([uiLocale], { type: 'language' });
const integerFormat = new Intl.NumberFormat(uiLocale);

/** "ru" → "Russian"; unknown or invalid codes are shown as given. */
export function languageName(code: string | null): string {
  if (!code) return 'Unknown';
  try {
    return languageNames.of(code) ?? code;
  } catch {
    // Intl throws RangeError on malformed codes; the raw code is the honest fallback.
    return code;
  }
}

export function formatCount(value: number): string {
  return integerFormat.format(value);
}

/** "5 articles", "1 article". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

const isoParts = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/;
const longDate = new Intl.DateTimeFormat(uiLocale, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDate = new Intl.DateTimeFormat(uiLocale, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * Formats an ISO date as printed by the outlet. Computed in UTC on purpose: the value is a calendar
 * date in the outlet's own time, and the viewer's time zone must not shift it by a day.
 */
export function formatPublished(value: string | null, style: 'long' | 'short' = 'long'): string {
  if (!value) return 'Undated';
  const match = isoParts.exec(value);
  if (!match) return value;
  const [, year, month, day, hour, minute] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const formatted = (style === 'long' ? longDate : shortDate).format(date);
  return hour && style === 'long' ? `${formatted}, ${hour}:${minute}` : formatted;
}

/** The `YYYY-MM-DD` part of an ISO date or date-time, for `<input type="date">`. */
export function datePart(value: string | null): string {
  return value ? value.slice(0, 10) : '';
}

export function formatConfidence(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}
