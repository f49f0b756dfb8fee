/**
 * Fetches candidate passages with their article's metadata, applying the search filters in the same
 * statement, so filtering costs one indexed join per candidate rather than a pass over the library.
 */
import type { StatementSync } from 'node:sqlite';
import type { Database } from '../db/database.ts';

/** Search filters in backend form; empty lists and nulls mean "no restriction". */
export interface PassageFilter {
  outlets: string[];
  languages: string[];
  publishedFrom: string | null;
  publishedTo: string | null;
  /** Only these articles; null for all. */
  articleIds: string[] | null;
  excludeArticleIds: string[];
}

/** A candidate passage as verification needs it. */
export interface CandidatePassage {
  id: number;
  article: string;
  passageIndex: number;
  passageStart: number;
  text: string;
  title: string;
  outlet: string | null;
  language: string | null;
  published: string | null;
}

type Param = string | number;

function whereFor(filter: PassageFilter): { sql: string; params: Param[] } {
  const clauses: string[] = [];
  const params: Param[] = [];
  if (filter.outlets.length) {
    clauses.push(`a.outlet COLLATE NOCASE IN (${filter.outlets.map(() => '?').join(', ')})`);
    params.push(...filter.outlets);
  }
  if (filter.languages.length) {
    clauses.push(`a.language IN (${filter.languages.map(() => '?').join(', ')})`);
    params.push(...filter.languages);
  }
  if (filter.publishedFrom) {
    clauses.push('a.published >= ?');
    params.push(filter.publishedFrom);
  }
  if (filter.publishedTo) {
    // Inclusive of the whole day (or month, or year), whether or not a time is stored.
    clauses.push('a.published < ?');
    params.push(`${filter.publishedTo}\u{10ffff}`);
  }
  if (filter.articleIds) {
    clauses.push('a.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.articleIds));
  }
  if (filter.excludeArticleIds.length) {
    clauses.push('a.id NOT IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.excludeArticleIds));
  }
  return { sql: clauses.map((c) => ` AND ${c}`).join(''), params };
}

/** Creates a fetcher; statements are prepared once per filter shape. */
export function createPassageFetcher(db: Database) {
  const statements = new Map<string, StatementSync>();
  return {
    /** The passages among `ids` that pass `filter`, in no particular order. */
    fetch(ids: readonly number[], filter: PassageFilter): CandidatePassage[] {
      if (ids.length === 0) return [];
      const where = whereFor(filter);
      const sql = `SELECT p.id AS id, p.article_id AS article, p.idx AS passageIndex,
          p.start AS passageStart, p.text AS text, a.title AS title, a.outlet AS outlet,
          a.language AS language, a.published AS published
        FROM passages p JOIN articles a ON a.id = p.article_id
        WHERE p.id IN (SELECT value FROM json_each(?))${where.sql}`;
      let statement = statements.get(sql);
      if (!statement) {
        statement = db.prepare(sql);
        statements.set(sql, statement);
      }
      return statement.all(JSON.stringify(ids), ...where.params) as unknown as CandidatePassage[];
    },
  };
}
