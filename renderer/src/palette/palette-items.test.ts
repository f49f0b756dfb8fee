import { describe, expect, it } from 'vitest';
import { createPaletteSearch, labelPieces, viewItems, type PaletteItem } from './palette-items.ts';

const article = (id: string, label: string): PaletteItem => ({
  kind: 'article',
  key: `article:${id}`,
  id,
  label,
  detail: 'CGTN · 8 Jan 2018 · English',
  lang: 'en',
});

const items: PaletteItem[] = [
  ...viewItems,
  article('a1', 'Russia, NATO military chiefs agree to continue contact'),
  article('a2', 'В НАТО объяснили сближение с Россией'),
  { kind: 'outlet', key: 'outlet:Sputnik', label: 'Sputnik', detail: '3 articles' },
];

describe('the palette search', () => {
  const search = createPaletteSearch(items);

  it('finds an article by a misspelt part of its title', () => {
    expect(search('millitary chefs', 5)[0]?.item.key).toBe('article:a1');
  });

  it('finds Cyrillic titles', () => {
    expect(search('сближение с россией', 5)[0]?.item.key).toBe('article:a2');
  });

  it('finds an outlet by name', () => {
    expect(search('sputnik', 5)[0]?.item.key).toBe('outlet:Sputnik');
  });

  it('lists the first items for an empty query', () => {
    expect(search('  ', 2).map((match) => match.item.key)).toEqual(['view:library', 'view:search']);
  });
});

describe('labelPieces', () => {
  it('cuts a label around inclusive match ranges', () => {
    expect(labelPieces('abcdef', [[1, 2]])).toEqual([
      { text: 'a', isMatch: false },
      { text: 'bc', isMatch: true },
      { text: 'def', isMatch: false },
    ]);
  });
});
