import { describe, expect, it } from 'vitest';
import { skeletonText, skeletonWords, toSkeleton, toSourceSpan } from './search-normalize.ts';

describe('toSkeleton', () => {
  it('lowercases and joins words with single spaces, dropping punctuation', () => {
    expect(skeletonText('He said: "Not aimed against any THIRD country," media reported.')).toBe(
      'he said not aimed against any third country media reported',
    );
  });

  it('treats curly, angle and straight quotes alike', () => {
    const plain = skeletonText('"long-planned and defensive"');
    expect(skeletonText('“long-planned and defensive”')).toBe(plain);
    expect(skeletonText('«long-planned and defensive»')).toBe(plain);
  });

  it('treats no-break spaces, tabs and line breaks as spaces', () => {
    expect(skeletonText('but\u00a0the block\r\nhas\tmade a step in\u00a0the right')).toBe(
      'but the block has made a step in the right',
    );
  });

  it('treats every dash as a word break', () => {
    expect(skeletonText('follow-on — talks – 2016‑2017')).toBe('follow on talks 2016 2017');
  });

  it('folds ё to е and keeps й', () => {
    expect(skeletonText('Ещё МОЙ ёж')).toBe('еще мой еж');
  });

  it('removes Latin diacritics, composed or combining', () => {
    expect(skeletonText('Café Zürich')).toBe('cafe zurich');
    expect(skeletonText('Cafe\u0301 Zu\u0308rich')).toBe('cafe zurich');
  });

  it('drops soft hyphens and zero-width characters inside words', () => {
    expect(skeletonText('coun\u00adtry secu\u200brity')).toBe('country security');
  });

  it('maps every skeleton character back to its source range', () => {
    const source = '«Мы\u00a0усилили» нашу';
    const skeleton = toSkeleton(source);
    expect(skeleton.text).toBe('мы усилили нашу');
    const at = skeleton.text.indexOf('усилили');
    const span = toSourceSpan(skeleton, at, at + 'усилили'.length);
    expect(source.slice(span.start, span.end)).toBe('усилили');
  });

  it('maps a combining mark into the span of its letter', () => {
    const source = 'x Zu\u0308rich y';
    const skeleton = toSkeleton(source);
    const span = toSourceSpan(skeleton, 2, 8);
    expect(source.slice(span.start, span.end)).toBe('Zu\u0308rich');
  });

  it('handles text longer than one string-building slice', () => {
    const long = 'word '.repeat(5000);
    expect(skeletonWords(long)).toHaveLength(5000);
  });

  it('returns nothing for text without letters or digits', () => {
    expect(skeletonText(' — “” … ')).toBe('');
    expect(skeletonWords('')).toEqual([]);
  });

  it('gives the same text through the fast path as through the mapped one', () => {
    const samples = [
      '«Мы\u00a0усилили нашу» коллективную — безопасность… Ещё',
      'He told Pavel: “not aimed against any third country,” NATO’s Café Zu\u0308rich',
      'coun\u00adtry 2016‑2017 ½ x² İstanbul ÀÉÎ õ ŭ ș',
      '  leading and trailing  \n\r\t ',
    ];
    for (const sample of samples) expect(skeletonText(sample)).toBe(toSkeleton(sample).text);
  });
});
