import { describe, expect, it } from 'vitest';
import { keysOfWords, pairKey, passageKeyDocument } from './pair-keys.ts';

describe('pair keys', () => {
  it('are three-character tokens, the same for the same pair and different for others', () => {
    const key = pairKey('third', 'country', 0);
    expect(key).toMatch(/^[\u4e00-\ucdff]{3}$/u);
    expect(pairKey('third', 'country', 0)).toBe(key);
    expect(pairKey('country', 'third', 0)).not.toBe(key);
    expect(pairKey('third', 'country', 1)).not.toBe(key);
  });

  it('cover adjacent pairs and pairs one word apart', () => {
    const keys = keysOfWords(['not', 'aimed', 'against', 'any']);
    expect(keys.map((k) => [k.first, k.second])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [0, 2],
      [1, 3],
    ]);
  });

  it('keep a skip pair across a misspelt word', () => {
    const exact = keysOfWords(['any', 'third', 'country']).map((k) => k.key);
    const typo = keysOfWords(['any', 'thrid', 'country']).map((k) => k.key);
    expect(typo.filter((k) => exact.includes(k))).toEqual([pairKey('any', 'country', 1)]);
  });

  it('index a passage by its normalised words, so quotes and case do not matter', () => {
    const stored = passageKeyDocument(
      '“Not aimed against any THIRD\u00a0country,” media reported.',
    ).split(' ');
    for (const { key } of keysOfWords(['any', 'third', 'country'])) expect(stored).toContain(key);
  });

  it('index Cyrillic with ё folded', () => {
    const stored = passageKeyDocument(
      'Мы усилили нашу коллективную безопасность, но остаёмся',
    ).split(' ');
    expect(stored).toContain(pairKey('но', 'остаемся', 0));
  });

  it('give no document for a passage without words', () => {
    expect(passageKeyDocument('— …')).toBe('');
  });
});
