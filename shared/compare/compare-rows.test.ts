import { describe, expect, it } from 'vitest';
import type { ArticleRecord, Passage } from '../api/schemas.ts';
import {
  buildRows,
  coverageRows,
  nextDifference,
  rowLabel,
  type Comparison,
} from './compare-rows.ts';

function article(id: string, language: string): ArticleRecord {
  return {
    id,
    file: null,
    url: null,
    title: id,
    outlet: id.toUpperCase(),
    language,
    published: null,
    publishedSource: null,
    publishedConfidence: 0,
    bodyLines: [],
    captions: [],
    credits: [],
    keywords: [],
    wordCount: 0,
    length: 0,
    format: 'txt',
    encoding: 'utf-8',
    importedAt: '2024-01-01T00:00:00Z',
    editedFields: [],
  };
}

const passages = (...texts: string[]): Passage[] =>
  texts.map((text, index) => ({ index, paragraph: index, start: 0, end: text.length, text }));

const comparison: Comparison = {
  pivot: 'a',
  articles: [
    {
      article: article('a', 'en'),
      passages: passages('The generals met in Baku on Thursday.', 'Only A says this.'),
    },
    { article: article('b', 'en'), passages: passages('The generals met in Moscow on Thursday.') },
    { article: article('c', 'ru'), passages: passages('Генералы встретились в Баку.') },
  ],
  rows: [
    { cells: { a: [0], b: [0], c: [0] }, score: 0.8, reasons: ['shared entities: Baku'] },
    { cells: { a: [1], b: [], c: [] }, score: 0, reasons: [] },
  ],
};

describe('buildRows', () => {
  it('lays the passages out in column order and says who carries each row', () => {
    const rows = buildRows(comparison, ['c', 'a', 'b']);
    expect(rows[0]?.cells.map((cell) => cell.articleId)).toEqual(['c', 'a', 'b']);
    expect(rows[0]?.carriedBy).toEqual(['c', 'a', 'b']);
    expect(rows[1]?.carriedBy).toEqual(['a']);
    expect(rows[1]?.cells[0]?.passages).toEqual([]);
  });

  it('offers a diff only between near-identical passages of the same language', () => {
    const [first] = buildRows(comparison, ['a', 'b', 'c']);
    expect(first?.baseId).toBe('a');
    expect(first?.nearIdentical).toEqual(['b']);
  });
});

describe('row navigation and labels', () => {
  it('finds the next row that some column lacks', () => {
    const rows = buildRows(comparison, ['a', 'b', 'c']);
    expect(nextDifference(rows, 3, 0, 1)).toBe(1);
    expect(nextDifference(rows, 3, 1, 1)).toBeNull();
    expect(nextDifference(rows, 3, 1, -1)).toBe(0);
  });

  it('labels a fact by a short excerpt of its base passage', () => {
    const rows = buildRows(comparison, ['a', 'b', 'c']);
    expect(rowLabel(rows[0]!, 20)).toBe('The generals met in…');
    expect(coverageRows(rows)).toHaveLength(1);
  });
});
