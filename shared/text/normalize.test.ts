import { describe, expect, it } from 'vitest';
import { foldCase, normalizeForMatch, normalizeText, toSourceRange } from './normalize.ts';

describe('normalizeForMatch', () => {
  it('folds a no-break space to a plain space and keeps offsets aligned', () => {
    const input = 'cut off\u00a0its relations';
    const n = normalizeForMatch(input);
    expect(n.text).toBe('cut off its relations');
    const at = n.text.indexOf('its');
    expect(input.slice(n.starts[at], n.ends[at + 2])).toBe('its');
  });

  it('unifies curly, low and angle quotes', () => {
    expect(normalizeForMatch('“a” ‘b’ „c“ «d» NATO’s').text).toBe('"a" \'b\' "c" "d" NATO\'s');
  });

  it('turns dash variants into hyphens', () => {
    expect(normalizeForMatch('a–b—c―d−e‑f').text).toBe('a-b-c-d-e-f');
  });

  it('removes soft hyphens and zero-width characters and maps a match back around them', () => {
    const input = 'super\u00adthaw and de\u200bfrosting';
    const n = normalizeForMatch(input);
    expect(n.text).toBe('superthaw and defrosting');
    const start = n.text.indexOf('superthaw');
    const range = toSourceRange(n, start, start + 'superthaw'.length, input.length);
    expect(input.slice(range.start, range.end)).toBe('super\u00adthaw');
  });

  it('composes decomposed letters (NFC) and maps the composed letter to both input units', () => {
    const input = 'Cafe\u0301 «ёж»';
    const n = normalizeForMatch(input);
    expect(n.text).toBe('Café "ёж"');
    expect(n.starts[3]).toBe(3);
    expect(n.ends[3]).toBe(5);
  });

  it('expands an ellipsis to three dots that all map to the one input character', () => {
    const n = normalizeForMatch('wait… now');
    expect(n.text).toBe('wait... now');
    expect([n.starts[4], n.starts[6], n.ends[6]]).toEqual([4, 4, 5]);
  });

  it('case-folds with ё→е when asked', () => {
    expect(normalizeForMatch('Её ЁЛКА', { fold: true }).text).toBe('ее елка');
  });

  it('leaves plain ASCII untouched with an identity map', () => {
    const n = normalizeForMatch('plain text');
    expect(n.text).toBe('plain text');
    expect(Array.from(n.starts.slice(0, 3))).toEqual([0, 1, 2]);
  });

  it('maps an empty range at the end to the input end', () => {
    const n = normalizeForMatch('ab\u00ad');
    expect(toSourceRange(n, 2, 2, 3)).toEqual({ start: 3, end: 3 });
  });
});

describe('normalizeText', () => {
  it('gives the same text as normalizeForMatch', () => {
    const input = '«Привет»\u00a0— мир… it’s\u00ad ok\u2009now';
    expect(normalizeText(input)).toBe(normalizeForMatch(input).text);
  });
});

describe('foldCase', () => {
  it('lowercases and folds ё to е', () => {
    expect(foldCase('Ёлка NATO')).toBe('елка nato');
  });
});
