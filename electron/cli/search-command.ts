/**
 * `parallax search "<query>"`: the same search the app runs, for scripts. Returns hits best first,
 * one per article (the CLI lists where a quote occurs; the app shows more per article).
 */
import type { Database } from '../backend/db/database.ts';
import { createSearchService } from '../backend/search/search-service.ts';
import type { SearchHit } from '../../shared/search/search-schemas.ts';
import { UsageError, type Command } from './command.ts';

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

export const searchCommand: Command = {
  usage: 'search "<query>" [--limit N] [--db <file>] [--json]',
  check: (args) => (args.join(' ').trim() ? null : 'search needs a quote or words to look for'),
  run({ args, db, io, options }) {
    const limit = options.limit === undefined ? 20 : Number(options.limit);
    if (!Number.isInteger(limit) || limit < 1) {
      throw new UsageError(`--limit must be a whole number from 1 to 200, got "${options.limit}"`);
    }
    const hits = runSearch(db, args.join(' '), limit);
    if (options.json) {
      io.out(JSON.stringify(hits.map(toCliHit), null, 2));
      return 0;
    }
    if (hits.length === 0) io.out('No matches.');
    for (const hit of hits) {
      const offset = hit.passageStart;
      const text = hit.text;
      const marked = `${text.slice(0, hit.start - offset)}[${text.slice(hit.start - offset, hit.end - offset)}]${text.slice(hit.end - offset)}`;
      io.out(
        `${hit.score.toFixed(2)}  ${hit.outlet ?? '—'} · ${hit.title} (${hit.article})\n      ${marked}`,
      );
    }
    return 0;
  },
};
