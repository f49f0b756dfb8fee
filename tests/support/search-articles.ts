/**
 * Stores articles for search tests and the search benchmark: rows in `articles` and `passages`
 * (one passage per paragraph, offsets into the clean body, which is the paragraphs joined by blank
 * lines), the same rows an import writes; the FTS index follows through migration 1's triggers.
 * Plain SQL rather than the importer: the search works from these rows and nothing else.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../electron/backend/db/database.ts';

export interface ArticleSpec {
  title: string;
  paragraphs: string[];
  outlet?: string;
  language?: string;
  published?: string;
}

/** Prepares the inserts once; `insert` returns the new article's id. The caller owns transactions. */
export function createArticleWriter(db: Database) {
  const insertArticle = db.prepare(`INSERT INTO articles (id, format, encoding, raw, body,
      lines_json, body_spans_json, body_lines_json, title, outlet, language, published,
      word_count, length, content_hash, imported_at)
    VALUES (?, 'txt', 'utf-8', ?, ?, '[]', '[]', '[]', ?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z')`);
  const insertPassage = db.prepare(
    'INSERT INTO passages (article_id, idx, paragraph, start, end, text) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return {
    insert(spec: ArticleSpec): string {
      const body = spec.paragraphs.join('\n\n');
      const hash = createHash('sha256').update(`${spec.title}\n${body}`).digest('hex');
      const id = `a${hash.slice(0, 11)}`;
      insertArticle.run(
        id,
        `${spec.title}\n\n${body}`,
        body,
        spec.title,
        spec.outlet ?? null,
        spec.language ?? null,
        spec.published ?? null,
        body.split(/\s+/).length,
        body.length,
        hash,
      );
      let offset = 0;
      spec.paragraphs.forEach((text, index) => {
        insertPassage.run(id, index, index, offset, offset + text.length, text);
        offset += text.length + 2;
      });
      return id;
    },
  };
}

/** Inserts articles (the caller owns the transaction); returns their ids in order. */
export function insertArticles(db: Database, specs: ArticleSpec[]): string[] {
  const writer = createArticleWriter(db);
  return specs.map((spec) => writer.insert(spec));
}
