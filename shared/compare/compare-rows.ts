/**
 * The compare view's model of an alignment: for each row, what every column carries, whether the
 * row is a passage only one outlet has, and whether two same-language cells are near-identical
 * copy worth a word diff. Pure, so the view stays a thin rendering of it.
 */
import type { Output } from '../api/contract.ts';
import type { ArticleRecord, Passage } from '../api/schemas.ts';
import { isNearIdentical } from './word-diff.ts';

export type Comparison = Output<'compare.align'>;

export interface RowCell {
  articleId: string;
  passages: Passage[];
  /** The passages joined, as the diff and the excerpt read them. */
  text: string;
}

export interface CompareRow {
  /** Position in the alignment (the pivot's order), stable across column moves. */
  index: number;
  score: number;
  reasons: string[];
  /** One cell per column, in column order; empty cells have no passages. */
  cells: RowCell[];
  /** Ids of the articles that carry this row. */
  carriedBy: string[];
  /** The article whose cell the diff compares the others against: the pivot's, or the first filled. */
  baseId: string | null;
  /** Columns (other than the base) holding near-identical copy of the base cell, same language. */
  nearIdentical: string[];
}

/** Passages of one article found by index, in the order the alignment lists them. */
function cellPassages(passages: readonly Passage[], indices: readonly number[]): Passage[] {
  return indices
    .map((index) => passages.find((passage) => passage.index === index))
    .filter((passage): passage is Passage => passage !== undefined);
}

/**
 * Rows of `comparison` laid out over `columns` (article ids, in display order). Columns the
 * comparison does not know stay empty rather than failing.
 */
export function buildRows(comparison: Comparison, columns: readonly string[]): CompareRow[] {
  const byId = new Map(comparison.articles.map((entry) => [entry.article.id, entry]));
  return comparison.rows.map((row, index) => {
    const cells = columns.map((articleId) => {
      const passages = cellPassages(
        byId.get(articleId)?.passages ?? [],
        row.cells[articleId] ?? [],
      );
      return { articleId, passages, text: passages.map((p) => p.text).join(' ') };
    });
    const filled = cells.filter((cell) => cell.passages.length > 0);
    const base = filled.find((cell) => cell.articleId === comparison.pivot) ?? filled[0] ?? null;
    const baseLanguage = base ? byId.get(base.articleId)?.article.language : null;
    const nearIdentical = base
      ? filled
          .filter(
            (cell) =>
              cell !== base &&
              byId.get(cell.articleId)?.article.language === baseLanguage &&
              isNearIdentical(base.text, cell.text),
          )
          .map((cell) => cell.articleId)
      : [];
    return {
      index,
      score: row.score,
      reasons: row.reasons,
      cells,
      carriedBy: filled.map((cell) => cell.articleId),
      baseId: base?.articleId ?? null,
      nearIdentical,
    };
  });
}

/** A row worth stopping at: some column lacks it, or it holds edited copy. */
export function isDifference(row: CompareRow, columnCount: number): boolean {
  return row.carriedBy.length < columnCount || row.nearIdentical.length > 0;
}

/** Index (into `rows`) of the next (`step` 1) or previous (-1) difference after `from`, or null. */
export function nextDifference(
  rows: readonly CompareRow[],
  columnCount: number,
  from: number,
  step: 1 | -1,
): number | null {
  for (let i = from + step; i >= 0 && i < rows.length; i += step) {
    const row = rows[i];
    if (row && isDifference(row, columnCount)) return i;
  }
  return null;
}

/** A short excerpt naming the fact of a row: its base passage, cut at a word near `maxChars`. */
export function rowLabel(row: CompareRow, maxChars = 90): string {
  const base = row.cells.find((cell) => cell.articleId === row.baseId);
  const text = (base?.text ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** The facts of a comparison: rows that at least two articles carry. */
export function coverageRows(rows: readonly CompareRow[]): CompareRow[] {
  return rows.filter((row) => row.carriedBy.length >= 2);
}

/** The display name of an article's outlet. */
export function outletLabel(article: Pick<ArticleRecord, 'outlet'>): string {
  return article.outlet ?? 'Unknown outlet';
}
