import { describe, expect, it } from 'vitest';
import { dateFactor, dayNumber } from './dates.ts';

describe('dayNumber', () => {
  it('counts days since 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')).toBe(11017);
    expect(dayNumber('2018-01-08T19:27')).toBe(17539);
  });

  it('spans leap days', () => {
    expect((dayNumber('2016-03-01') ?? 0) - (dayNumber('2016-02-28') ?? 0)).toBe(2);
  });

  it('returns null for missing or malformed dates', () => {
    expect(dayNumber(null)).toBeNull();
    expect(dayNumber('8 января 2018')).toBeNull();
    expect(dayNumber('2018-13-01')).toBeNull();
  });
});

describe('dateFactor', () => {
  it('keeps close dates whole and drops far ones', () => {
    expect(dateFactor(2, 3, 21)).toBe(1);
    expect(dateFactor(-12, 3, 21)).toBe(0.5);
    expect(dateFactor(180, 3, 21)).toBe(0);
  });

  it('does not count unknown dates or an infinite window', () => {
    expect(dateFactor(null, 3, 21)).toBe(1);
    expect(dateFactor(5000, 0, Number.POSITIVE_INFINITY)).toBe(1);
  });
});
