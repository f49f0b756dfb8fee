import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../text/normalize.ts';
import { compileMatcher, findAll, foldWithMap, parsePattern, wordsOf } from './matcher.ts';

describe('parsePattern', () => {
  it('splits words like the text is split and keeps alternatives and wildcards', () => {
    expect(parsePattern("so-called people's заяви*|сказал")).toEqual([
      ['so'],
      ['called'],
      ['people'],
      ['s'],
      ['заяви*', 'сказал'],
    ]);
  });
});

describe('foldWithMap', () => {
  it.each([
    'Plain ASCII, with `backtick`.',
    'Кавычки «ёлки» – тире\u00a0и пробел',
    '“Curly” ‘quotes’ — and dashes',
    'Decomposed e\u0301 and an ellipsis…',
    'İstanbul talks, Windows\r\nline ends',
  ])('gives the same text as normalizeForMatch for %j', (text) => {
    expect(foldWithMap(text).text).toBe(normalizeForMatch(text, { fold: true }).text);
  });
});

describe('findAll', () => {
  const matcher = compileMatcher([
    { pattern: 'brush|brushed off', value: 'brush' },
    { pattern: 'отверг*', value: 'reject' },
  ]);

  it('matches a phrase across a no-break space and reports raw offsets', () => {
    const text = 'He brushed\u00a0off the claims.';
    const hits = findAll(matcher, wordsOf(text));
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['brushed\u00a0off']);
  });

  it('does not match a phrase across a sentence break', () => {
    expect(findAll(matcher, wordsOf('He brushed. Off he went.'))).toEqual([]);
  });

  it('matches a wildcard only at the start of a word', () => {
    const hits = findAll(matcher, wordsOf('Он отвергла; неотвергнутый.'));
    expect(hits.map((h) => h.value)).toEqual(['reject']);
  });
});
