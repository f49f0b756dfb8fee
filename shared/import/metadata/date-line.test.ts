import { describe, expect, it } from 'vitest';
import { classifyDateLine } from './date-line.ts';

describe('classifyDateLine', () => {
  it.each([
    ['22/01/2015', '2015-01-22'],
    ['8 января 2018, 19:27', '2018-01-08T19:27'],
    ['Published: 22 Jan, 2015 14:39', '2015-01-22T14:39'],
    ['Tuesday, October 25, 2011', '2011-10-25'],
    ['MOSCOW, October 25, 2011', '2011-10-25'],
    ['Опубликовано: 08.01.2018 19:27', '2018-01-08T19:27'],
    ['Понеділок, 8 січня 2018, 19:27', '2018-01-08T19:27'],
    ['Stand: 08.01.2018 19:27 Uhr', '2018-01-08T19:27'],
    ['Publié le 8 janvier 2018 à 19h27', '2018-01-08T19:27'],
    ['By Andrew Osborn | 25 Oct 2011', '2011-10-25'],
    ['  2018-01-08  ', '2018-01-08'],
  ])('calls %j a dateline', (line, iso) => {
    const info = classifyDateLine(line);
    expect(info.kind).toBe('dateline');
    expect(info.date?.iso).toBe(iso);
  });

  it('picks the published date of a line that has both', () => {
    const info = classifyDateLine('Updated: 9 January 2018 | Published: 8 January 2018');
    expect(info.date?.iso).toBe('2018-01-08');
    expect(info.label).toBe('published');
  });

  it('labels an update-only dateline as updated', () => {
    const info = classifyDateLine('Last updated: 9 January 2018');
    expect(info.kind).toBe('dateline');
    expect(info.label).toBe('updated');
  });

  it('reads a zone offset glued to the day as a page clock with the date it shows', () => {
    const info = classifyDateLine('13:13 GMT +319 October 2019');
    expect(info.kind).toBe('clock');
    expect(info.date?.iso).toBe('2019-10-19T13:13');
    expect(info.date?.text).toBe('19 October 2019');
  });

  it('splits a two-digit glued offset too', () => {
    expect(classifyDateLine('09:05 UTC+1008 January 2018').date?.iso).toBe('2018-01-08T09:05');
  });

  it.each([
    'Last updated 5 min ago',
    'Обновлено 5 минут назад',
    'Оновлено 3 години тому',
    'vor 5 Minuten aktualisiert',
    'Retrieved 8 January 2018',
    'Accessed 2018-01-08',
    'Current time: 13:13',
    '13:13 GMT',
  ])('calls %j a clock', (line) => {
    expect(classifyDateLine(line).kind).toBe('clock');
  });

  it.each([
    'Tuesday, October 25',
    'Senior military officers from NATO on Tuesday, October 25, 2011, opened a four-day seminar in Moscow.',
    'Gerasimov and Scaparrotti spoke by phone on 14 September 2017, the command said.',
    '',
    'Share',
    'Russian President Vladimir Putin shakes hands with Gerasimov during their meeting in Moscow on December 22, 2016.',
  ])('calls %j none', (line) => {
    expect(classifyDateLine(line)).toEqual({ kind: 'none', date: null });
  });

  it('gives offsets into the line as given, indentation included', () => {
    expect(classifyDateLine('    Published 8 January 2018').date?.index).toBe(14);
  });
});
