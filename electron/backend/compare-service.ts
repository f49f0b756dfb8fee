/**
 * Compare: aligns the passages of 2–6 articles into rows (shared/align) and returns them with the
 * articles' records and passages, ready for the compare view, the CLI and reports.
 */
import { alignArticles } from '../../shared/align/align.ts';
import { ApiFailure } from '../../shared/api/envelope.ts';
import type { ArticleRecord, Passage } from '../../shared/api/schemas.ts';
import type { ArticlesRepo } from './articles-repo.ts';

export interface CompareResult {
  pivot: string;
  articles: { article: ArticleRecord; passages: Passage[] }[];
  rows: { cells: Record<string, number[]>; score: number; reasons: string[] }[];
}

export function compareArticles(
  repo: ArticlesRepo,
  articleIds: string[],
  pivot?: string,
): CompareResult {
  const ids = [...new Set(articleIds)];
  if (ids.length < 2 || ids.length > 6) {
    throw new ApiFailure('invalid_input', 'compare takes 2 to 6 different articles');
  }
  const articles = ids.map((id) => {
    const detail = repo.getDetail(id);
    if (!detail) throw new ApiFailure('not_found', `no article with id "${id}"`);
    return { article: detail.article, passages: detail.passages };
  });
  const pivotId = pivot && ids.includes(pivot) ? pivot : ids[0]!;
  const rows = alignArticles(
    articles.map(({ article, passages }) => ({
      id: article.id,
      language: article.language ?? 'en',
      passages: passages.map((p) => ({ index: p.index, text: p.text, start: p.start, end: p.end })),
    })),
    { pivot: pivotId },
  );
  return { pivot: pivotId, articles, rows };
}
