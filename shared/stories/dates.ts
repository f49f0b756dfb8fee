/**
 * Calendar arithmetic for story grouping, without the clock or `Date` (shared/ is pure): ISO dates
 * to day numbers, and how much a gap between two publication dates weakens a match.
 */

/**
 * Days since 1970-01-01 of an ISO date or date-time (`2018-01-08`, `2018-01-08T19:27`), or null when
 * the text does not start with a valid date. Proleptic Gregorian (H. Hinnant's days_from_civil).
 */
export function dayNumber(iso: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (m === null) return null;
  const y0 = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const y = month <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Multiplier in [0, 1] for a match between articles published `gapDays` apart: 1 up to `fullDays`,
 * then falling linearly to 0 at `zeroDays`. Unknown dates (null) do not weaken the match: the text
 * has to decide.
 */
export function dateFactor(gapDays: number | null, fullDays: number, zeroDays: number): number {
  if (gapDays === null || !Number.isFinite(zeroDays)) return 1;
  const gap = Math.abs(gapDays);
  if (gap <= fullDays) return 1;
  if (gap >= zeroDays) return 0;
  return 1 - (gap - fullDays) / (zeroDays - fullDays);
}
