/**
 * `parallax search "<query>"`: the same search the app runs, for scripts. Returns hits best first,
 * one per article (the CLI lists where a quote occurs; the app shows more per article).
 */
import type { Database } from '../backend/db/database.ts';
import { createSearchService } from '../backend/search/search-service.ts';
import type { SearchHit } from '../../shared/search/search-schemas.ts';

/** Runs one search over the library in `db`; `limit` is clamped to 1..200. */
export function runSearch(db: Database, query: string, limit: number): SearchHit[] {
  const clamped = Math.min(200, Math.max(1, Math.floor(limit) || 1));
  return createSearchService(db).query({ text: query, limit: clamped, perArticle: 1 });
}

/** The CLI's JSON shape for a hit: `{ article, start, end, text, score }`. */
export function toCliHit(
  hit: SearchHit,
): Pick<SearchHit, 'article' | 'start' | 'end' | 'text' | 'score'> {
  return { article: hit.article, start: hit.start, end: hit.end, text: hit.text, score: hit.score };
}
