import { describe, expect, it } from 'vitest';
import { findDates, firstDate, isValidDate } from './find-dates.ts';

// shared/ has no DOM or Node typings; the timing checks need only the global clock.
const { performance } = globalThis as unknown as { performance: { now(): number } };

const isoOf = (text: string): string[] => findDates(text).map((d) => d.iso);

describe('findDates', () => {
  it.each([
    ['22/01/2015', '2015-01-22'],
    ['2015-01-22', '2015-01-22'],
    ['2015/01/22', '2015-01-22'],
    ['22.01.2015', '2015-01-22'],
    ['22-01-2015', '2015-01-22'],
    ['October 25, 2011', '2011-10-25'],
    ['25 October 2011', '2011-10-25'],
    ['Oct. 25, 2011', '2011-10-25'],
    ['Oct 25 2011', '2011-10-25'],
    ['Tuesday, October 25, 2011', '2011-10-25'],
    ['the 25th of October 2011', '2011-10-25'],
    ['22 Jan, 2015', '2015-01-22'],
    ['8 января 2018', '2018-01-08'],
    ['8 янв. 2018 г.', '2018-01-08'],
    ['14 сентября 2017 года', '2017-09-14'],
    ['8 січня 2018', '2018-01-08'],
    ['8 студзеня 2018', '2018-01-08'],
    ['8. Januar 2018', '2018-01-08'],
    ['3. März 2017', '2017-03-03'],
    ['8 janvier 2018', '2018-01-08'],
    ['1er août 2019', '2019-08-01'],
    ['8 de enero de 2018', '2018-01-08'],
    ['8 gennaio 2018', '2018-01-08'],
    ['8 de janeiro de 2018', '2018-01-08'],
    ['8 stycznia 2018', '2018-01-08'],
  ])('reads %s as %s', (text, iso) => {
    expect(isoOf(text)).toEqual([iso]);
  });

  it('reads a slashed date month first when the second number cannot be a month', () => {
    expect(isoOf('01/13/2015')).toEqual(['2015-01-13']);
  });

  it('reads an ambiguous slashed date day first and says it is ambiguous', () => {
    const [date] = findDates('03/04/2018');
    expect(date?.iso).toBe('2018-04-03');
    expect(date?.isAmbiguous).toBe(true);
  });

  it('does not call a dotted date ambiguous: dots are always day first', () => {
    expect(findDates('03.04.2018')[0]?.isAmbiguous).toBeUndefined();
  });

  it.each([
    ['8 января 2018, 19:27', '2018-01-08T19:27'],
    ['8 января 2018 в 19:27', '2018-01-08T19:27'],
    ['19:27 08.01.2018', '2018-01-08T19:27'],
    ['2018-01-08T19:27:00+02:00', '2018-01-08T19:27'],
    ['22 Jan, 2015 14:39', '2015-01-22T14:39'],
    ['October 25, 2011 7:27 PM', '2011-10-25T19:27'],
    ['October 25, 2011 at 12:05 a.m.', '2011-10-25T00:05'],
    ['25 octobre 2011 à 9h05', '2011-10-25T09:05'],
    ['8 січня 2018 о 19:27', '2018-01-08T19:27'],
  ])('attaches the time printed with %s', (text, iso) => {
    const [date] = findDates(text);
    expect(date?.iso).toBe(iso);
    expect(date?.hasTime).toBe(true);
  });

  it('returns the verbatim text and offset of each match', () => {
    const text = 'Talks on March 3, 2017 and again on 7 September 2017.';
    expect(findDates(text)).toEqual([
      { iso: '2017-03-03', text: 'March 3, 2017', index: 9, hasTime: false },
      { iso: '2017-09-07', text: '7 September 2017', index: 36, hasTime: false },
    ]);
  });

  it.each(['31/02/2018', '29.02.2019', '31 April 2018', '2018-13-01', '00.01.2018'])(
    'rejects the impossible date %s',
    (text) => {
      expect(findDates(text)).toEqual([]);
    },
  );

  it.each(['Tuesday, October 25', 'on March 3', 'in April 2014', 'version 1.2.3', 'call 555-1234'])(
    'finds no complete date in %s',
    (text) => {
      expect(findDates(text)).toEqual([]);
    },
  );

  it('does not read a month word inside another word', () => {
    expect(findDates('8 marathon 2018')).toEqual([]);
  });

  it('does not take a day out of a longer number', () => {
    expect(findDates('13:13 GMT +319 October 2019')).toEqual([]);
  });

  it('scans a long article quickly', () => {
    const text = 'NATO said on Thursday that talks in Baku went well, officials said. '.repeat(40);
    const start = performance.now();
    for (let i = 0; i < 200; i++) findDates(`${text} 8 January 2018`);
    expect((performance.now() - start) / 200).toBeLessThan(2);
  });
});

describe('firstDate', () => {
  it('returns the first complete date or null', () => {
    expect(firstDate('Updated 9 Jan 2018, first 8 Jan 2018')?.iso).toBe('2018-01-09');
    expect(firstDate('no date here')).toBeNull();
  });
});

describe('isValidDate', () => {
  it('knows leap years', () => {
    expect(isValidDate(2016, 2, 29)).toBe(true);
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(isValidDate(2000, 2, 29)).toBe(true);
  });
});

describe('findDates across windows', () => {
  it('finds close dates whole, times included', () => {
    const text = 'Published 8 January 2018 and updated on 9 January 2018, 19:27 after the talks.';
    expect(findDates(text).map((d) => d.iso)).toEqual(['2018-01-08', '2018-01-09T19:27']);
  });

  it('finds dates far apart with their offsets in the whole text', () => {
    const filler = 'word '.repeat(100);
    const text = `${filler}On 8 January 2018 ${filler}and on 22.01.2015`;
    const dates = findDates(text);
    expect(dates.map((d) => d.iso)).toEqual(['2018-01-08', '2015-01-22']);
    for (const d of dates) expect(text.slice(d.index, d.index + d.text.length)).toBe(d.text);
  });

  it('does not start a date inside a longer number at a window edge', () => {
    expect(findDates(`${'x'.repeat(45)}1234567 January 2018`)).toEqual([]);
  });
});
