import { describe, expect, it } from 'vitest';
import { alignArticles } from './align.ts';
import type { AlignArticle } from './align.ts';

function article(id: string, language: string, texts: string[]): AlignArticle {
  let offset = 0;
  return {
    id,
    language,
    passages: texts.map((text, index) => {
      const p = { index, text, start: offset, end: offset + text.length };
      offset += text.length + 1;
      return p;
    }),
  };
}

const a = article('a', 'en', [
  'General Petr Pavel called Valery Gerasimov on March 3.',
  'Moscow says the Zapad exercise will involve about 12,700 troops.',
  'Russia provides a vital overland supply link for NATO forces in Afghanistan.',
]);
const b = article('b', 'en', [
  'The weather in Brussels was mild.',
  'About 12,700 troops will take part in the Zapad exercise, Moscow says.',
  'On March 3, Pavel phoned Gerasimov.',
]);
const c = article('c', 'ru', [
  'Павел позвонил Герасимову 3 марта.',
  'Футбольный клуб выиграл кубок.',
]);

describe('alignArticles', () => {
  const rows = alignArticles([a, b, c], { pivot: 'a' });

  it('puts passages reporting the same fact on one row, across languages', () => {
    const call = rows.find((r) => r.cells.a?.includes(0));
    expect(call?.cells).toEqual({ a: [0], b: [2], c: [0] });
    expect(call?.score).toBeGreaterThan(0.2);
    expect(call?.reasons.join(' ')).toMatch(/Gerasimov/);
  });

  it('orders rows by the pivot article', () => {
    const pivotOrder = rows.flatMap((r) => r.cells.a ?? []);
    expect(pivotOrder).toEqual([0, 1, 2]);
  });

  it('gives every passage exactly one row', () => {
    for (const x of [a, b, c]) {
      const seen = rows.flatMap((r) => r.cells[x.id] ?? []).sort((p, q) => p - q);
      expect(seen).toEqual(x.passages.map((p) => p.index));
    }
  });

  it('keeps passages no other article carries on rows of their own', () => {
    const only = rows.filter((r) => Object.values(r.cells).flat().length === 1);
    const ids = only.map((r) => Object.entries(r.cells).find(([, v]) => v.length > 0)?.[0]);
    expect(ids.sort()).toEqual(['a', 'b', 'c']);
    expect(only.every((r) => r.score === 0 && r.reasons.length === 0)).toBe(true);
  });

  it('places a passage the pivot lacks next to its neighbour', () => {
    const weather = rows.findIndex((r) => r.cells.b?.includes(0));
    const zapad = rows.findIndex((r) => r.cells.b?.includes(1));
    expect(weather).toBe(zapad - 1);
  });

  it('lets a row hold several passages of one article', () => {
    const d = article('d', 'en', [
      'Pavel and Gerasimov spoke on March 3.',
      'The call on March 3 was between Pavel and Gerasimov.',
    ]);
    const two = alignArticles([a, d], { pivot: 'a' });
    expect(two.find((r) => r.cells.a?.includes(0))?.cells.d).toEqual([0, 1]);
  });

  it('rejects a pivot that is not among the articles', () => {
    expect(() => alignArticles([a, b], { pivot: 'zzz' })).toThrow(/pivot/);
  });

  it('is deterministic', () => {
    expect(alignArticles([a, b, c], { pivot: 'a' })).toEqual(rows);
  });
});
