import { describe, expect, it } from 'vitest';
import { pickPublished, PUBLISHED_CONFIDENCE } from './published.ts';

const article = (top: string[]): string[] => [
  ...top,
  'NATO and Russian military chiefs agreed on Thursday to continue contact, officials said on March 3, 2017.',
  'The meeting followed a phone call in April 2014.',
];

describe('pickPublished', () => {
  it('trusts a given date above everything else', () => {
    const guess = pickPublished({
      lines: article(['Title', '8 January 2018']),
      meta: [{ value: '2018-01-07', source: 'article:published_time' }],
      given: '2018-01-09T10:00',
    });
    expect(guess).toEqual({
      value: '2018-01-09T10:00',
      source: '2018-01-09T10:00',
      confidence: 1,
      line: null,
    });
  });

  it('ignores a given value that is no date and falls back to the text', () => {
    expect(
      pickPublished({ lines: article(['Title', '8 January 2018']), given: 'unknown' }).value,
    ).toBe('2018-01-08');
  });

  it('prefers published-time metadata to a dateline', () => {
    const guess = pickPublished({
      lines: article(['Title', '8 January 2018']),
      meta: [
        { value: '2018-01-10T08:00:00Z', source: 'article:modified_time' },
        { value: '2018-01-07T19:27:00+02:00', source: 'article:published_time' },
      ],
    });
    expect(guess.value).toBe('2018-01-07T19:27');
    expect(guess.confidence).toBe(PUBLISHED_CONFIDENCE.metaPublished);
  });

  it('prefers JSON-LD datePublished to a <time> element', () => {
    const guess = pickPublished({
      lines: [],
      meta: [
        { value: '2018-01-06', source: 'time[datetime]' },
        { value: '2018-01-07', source: 'datePublished' },
      ],
    });
    expect(guess.value).toBe('2018-01-07');
  });

  it('never uses a modification date from metadata', () => {
    const guess = pickPublished({
      lines: [],
      meta: [{ value: '2018-01-10', source: 'dateModified' }],
    });
    expect(guess.value).toBeNull();
  });

  it('reads a dateline near the top with its line number', () => {
    const guess = pickPublished({ lines: article(['', 'Title', '', '22/01/2015', '']) });
    expect(guess).toEqual({
      value: '2015-01-22',
      source: '22/01/2015',
      confidence: PUBLISHED_CONFIDENCE.dateline,
      line: 4,
    });
  });

  it('prefers a published dateline to an updated one', () => {
    const guess = pickPublished({
      lines: article(['Title', 'Updated: 9 January 2018', 'Published: 8 January 2018']),
    });
    expect(guess.value).toBe('2018-01-08');
    expect(guess.line).toBe(3);
  });

  it('takes an updated dateline, with low confidence, when it is the only one', () => {
    const guess = pickPublished({ lines: article(['Title', 'Updated: 9 January 2018']) });
    expect(guess.value).toBe('2018-01-09');
    expect(guess.confidence).toBe(PUBLISHED_CONFIDENCE.datelineUpdated);
  });

  it('never takes a page clock', () => {
    const guess = pickPublished({ lines: article(['13:13 GMT +319 October 2019', 'Title']) });
    expect(guess).toEqual({ value: null, source: null, confidence: 0, line: null });
  });

  it('never takes a date from a body sentence', () => {
    expect(pickPublished({ lines: article(['Title']) }).value).toBeNull();
  });

  it('does not look below the first lines when the body start is unknown', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Chrome line ${i}`);
    expect(pickPublished({ lines: [...filler, '8 January 2018'] }).value).toBeNull();
  });

  it('looks as far as the body start when it is given', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Chrome line ${i}`);
    const guess = pickPublished({
      lines: [...filler, '8 January 2018', 'Body'],
      bodyStartLine: 14,
    });
    expect(guess.value).toBe('2018-01-08');
    expect(guess.line).toBe(13);
  });

  it('trusts an ambiguous slashed dateline less', () => {
    const guess = pickPublished({ lines: ['Title', '03/04/2018'] });
    expect(guess.confidence).toBe(PUBLISHED_CONFIDENCE.datelineAmbiguous);
  });
});
