import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../text/normalize.ts';
import { normalizeLongText } from './fast-normalize.ts';

function same(input: string) {
  const fast = normalizeLongText(input);
  const slow = normalizeForMatch(input);
  expect(fast.text).toBe(slow.text);
  expect(Array.from(fast.starts)).toEqual(Array.from(slow.starts));
  expect(Array.from(fast.ends)).toEqual(Array.from(slow.ends));
}

describe('normalizeLongText', () => {
  it('gives exactly what normalizeForMatch gives on typical article text', () => {
    same('Plain ASCII only.');
    same('He said “no”\u00a0— twice… «Нет», ответил он; cafe\u0301 and café; ёлка Ёж');
    same('Soft\u00adhy\u00adphen, zero\u200bwidth, tab\there, emoji 😀🎉 and a flag 🇷🇺.');
    same(
      'Combining at the start: \u0301x, after Cyrillic и\u0306 and и\u0483, after a quote «\u0301',
    );
    same('\u00a0leading and trailing no-break\u00a0');
    same('');
  });

  it('agrees with normalizeForMatch on random mixtures of tricky characters', () => {
    const alphabet = [
      'a',
      'Z',
      ' ',
      '\n',
      '\r',
      '\t',
      '`',
      "'",
      '"',
      '\u00a0',
      '\u00ab',
      '\u00bb',
      '\u00ad',
      '\u00b4',
      '\u2019',
      '\u201c',
      '\u2014',
      '\u2026',
      '\u200b',
      '\u0301',
      '\u0306',
      '\u0483',
      'й',
      'ё',
      'Ё',
      'ß',
      'İ',
      'é',
      'e',
      'и',
      '😀',
      '\ud83c',
      '\udde6',
      '\ufeff',
      '中',
    ];
    let seed = 12345;
    const next = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 4294967296;
    };
    for (let run = 0; run < 300; run += 1) {
      let s = '';
      const length = Math.floor(next() * 40);
      for (let k = 0; k < length; k += 1) s += alphabet[Math.floor(next() * alphabet.length)];
      same(s);
    }
  });
});
