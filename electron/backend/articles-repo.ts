/**
 * Reads and writes articles and their passages. SQL lives here and nowhere else; callers get
 * contract-shaped records.
 */
import type {
  ArticleDetail,
  ArticleLine,
  ArticleQuery,
  ArticleRecord,
  MetadataPatch,
} from '../../shared/api/schemas.ts';
import { articleQuery } from '../../shared/api/schemas.ts';
import type { ParsedArticle } from '../../shared/import/types.ts';
import type { Database } from './db/database.ts';

/** What the importer stores for one article besides the parsed content. */
export interface NewArticle {
  id: string;
  file: string | null;
  contentHash: string;
  importedAt: string;
  parsed: ParsedArticle;
  /** The absolute path of the file (with " [n]" for the n-th article of a file), for re-imports. */
  sourcePath?: string | null;
}

interface ArticleRow {
  id: string;
  file: string | null;
  url: string | null;
  format: string;
  encoding: string;
  title: string;
  outlet: string | null;
  language: string | null;
  published: string | null;
  published_source: string | null;
  published_confidence: number;
  body_lines_json: string;
  captions_json: string;
  credits_json: string;
  keywords_json: string;
  word_count: number;
  length: number;
  edited_fields_json: string;
  imported_at: string;
}

const recordColumns = `id, file, url, format, encoding, title, outlet, language, published,
  published_source, published_confidence, body_lines_json, captions_json, credits_json,
  keywords_json, word_count, length, edited_fields_json, imported_at`;

const sortColumns: Record<NonNullable<ArticleQuery['sort']>, string> = {
  title: 'title COLLATE NOCASE',
  outlet: 'outlet COLLATE NOCASE',
  language: 'language',
  published: 'published',
  length: 'word_count',
  importedAt: 'imported_at',
};

function parseList<T>(json: string): T[] {
  return JSON.parse(json) as T[];
}

export function toRecord(row: ArticleRow): ArticleRecord {
  return {
    id: row.id,
    file: row.file,
    url: row.url,
    title: row.title,
    outlet: row.outlet,
    language: row.language,
    published: row.published,
    publishedSource: row.published_source,
    publishedConfidence: row.published_confidence,
    bodyLines: parseList<number>(row.body_lines_json),
    captions: parseList<string>(row.captions_json),
    credits: parseList<string>(row.credits_json),
    keywords: parseList<string>(row.keywords_json),
    wordCount: row.word_count,
    length: row.length,
    format: row.format,
    encoding: row.encoding,
    importedAt: row.imported_at,
    editedFields: parseList<string>(row.edited_fields_json),
  };
}

/** Counts words the way a reader would: runs of letters or digits, any script. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export function createArticlesRepo(db: Database) {
  const insertArticle = db.prepare(`INSERT INTO articles (id, file, url, format, encoding, raw,
      source_text, body, lines_json, body_spans_json, body_lines_json, title, outlet, outlet_id,
      language, published, published_source, published_confidence, captions_json, credits_json,
      keywords_json, word_count, length, content_hash, imported_at, source_path)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertPassage = db.prepare(
    'INSERT INTO passages (article_id, idx, paragraph, start, end, text) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const byHash = db.prepare('SELECT id FROM articles WHERE content_hash = ?');
  const byId = db.prepare(`SELECT ${recordColumns} FROM articles WHERE id = ?`);

  return {
    db,
    /** The id of the article with this content hash, or null. */
    findByHash(contentHash: string): string | null {
      const row = byHash.get(contentHash) as { id: string } | undefined;
      return row?.id ?? null;
    },

    /** Inserts an article with its passages; the caller owns the transaction. */
    insert(article: NewArticle): ArticleRecord {
      const p = article.parsed;
      insertArticle.run(
        article.id,
        article.file,
        p.url,
        p.format,
        p.encoding,
        p.raw,
        p.sourceText === p.raw ? null : p.sourceText,
        p.body,
        JSON.stringify(p.lines.map(({ line, role, reason }) => ({ line, role, reason }))),
        JSON.stringify(p.bodySpans),
        JSON.stringify(p.bodyLines),
        p.title,
        p.outlet?.value ?? null,
        null,
        p.language?.value ?? null,
        p.published.value,
        p.published.source,
        p.published.confidence,
        JSON.stringify(p.captions),
        JSON.stringify(p.credits),
        JSON.stringify(p.keywords),
        countWords(p.body),
        p.body.length,
        article.contentHash,
        article.importedAt,
        article.sourcePath ?? null,
      );
      for (const passage of p.passages) {
        insertPassage.run(
          article.id,
          passage.index,
          passage.paragraph,
          passage.start,
          passage.end,
          passage.text,
        );
      }
      return toRecord(byId.get(article.id) as unknown as ArticleRow);
    },

    getRecord(id: string): ArticleRecord | null {
      const row = byId.get(id) as unknown as ArticleRow | undefined;
      return row ? toRecord(row) : null;
    },

    getDetail(id: string): ArticleDetail | null {
      const row = db
        .prepare(
          `SELECT ${recordColumns}, raw, source_text, body, lines_json FROM articles WHERE id = ?`,
        )
        .get(id) as unknown as
        | (ArticleRow & {
            raw: string;
            source_text: string | null;
            body: string;
            lines_json: string;
          })
        | undefined;
      if (!row) return null;
      const sourceLines = (row.source_text ?? row.raw).split(/\r\n|\r|\n/);
      const stored = parseList<Omit<ArticleLine, 'text'>>(row.lines_json);
      const lines = stored.map((l) => ({ ...l, text: sourceLines[l.line - 1] ?? '' }));
      const passages = db
        .prepare(
          'SELECT idx AS "index", paragraph, start, end, text FROM passages WHERE article_id = ? ORDER BY idx',
        )
        .all(id) as unknown as ArticleDetail['passages'];
      return { article: toRecord(row), body: row.body, lines, passages };
    },

    list(input: ArticleQuery): { total: number; items: ArticleRecord[] } {
      const q = articleQuery.parse(input);
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (q.text?.trim()) {
        where.push("title LIKE ? ESCAPE '\\' COLLATE NOCASE");
        params.push(`%${q.text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      }
      if (q.outlets?.length) {
        where.push(`outlet IN (${q.outlets.map(() => '?').join(', ')})`);
        params.push(...q.outlets);
      }
      if (q.languages?.length) {
        where.push(`language IN (${q.languages.map(() => '?').join(', ')})`);
        params.push(...q.languages);
      }
      if (q.publishedFrom) {
        where.push('published >= ?');
        params.push(q.publishedFrom);
      }
      if (q.publishedTo) {
        // Inclusive of the whole day, whether or not a time is stored.
        where.push('published < ?');
        params.push(`${q.publishedTo.slice(0, 10)}T99`);
      }
      const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = (
        db.prepare(`SELECT count(*) AS n FROM articles ${filter}`).get(...params) as { n: number }
      ).n;
      // Unknown values (no date, no outlet) sort last in both directions.
      const order = `${sortColumns[q.sort]} ${q.direction.toUpperCase()} NULLS LAST, id`;
      const rows = db
        .prepare(
          `SELECT ${recordColumns} FROM articles ${filter} ORDER BY ${order} LIMIT ? OFFSET ?`,
        )
        .all(...params, q.limit, q.offset) as unknown as ArticleRow[];
      return { total, items: rows.map(toRecord) };
    },

    facets() {
      const count = (column: string) =>
        db
          .prepare(
            `SELECT ${column} AS value, count(*) AS count FROM articles WHERE ${column} IS NOT NULL
             GROUP BY ${column} ORDER BY count DESC, value`,
          )
          .all() as unknown as { value: string; count: number }[];
      return { outlets: count('outlet'), languages: count('language') };
    },

    count(): number {
      return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    },

    /** Applies a metadata edit and remembers which fields the user set. */
    updateMetadata(id: string, patch: MetadataPatch): ArticleRecord | null {
      const current = this.getRecord(id);
      if (!current) return null;
      const edited = new Set(current.editedFields);
      const sets: string[] = [];
      const params: (string | number | null)[] = [];
      const assign = (field: keyof MetadataPatch, column: string) => {
        const value = patch[field];
        if (value === undefined) return;
        sets.push(`${column} = ?`);
        params.push(value);
        edited.add(field);
      };
      assign('title', 'title');
      assign('outlet', 'outlet');
      assign('language', 'language');
      assign('published', 'published');
      if (patch.published !== undefined) {
        sets.push('published_source = ?', 'published_confidence = ?');
        params.push(
          patch.published === null ? null : 'set by the user',
          patch.published === null ? 0 : 1,
        );
      }
      sets.push('edited_fields_json = ?');
      params.push(JSON.stringify([...edited].sort()));
      db.prepare(`UPDATE articles SET ${sets.join(', ')} WHERE id = ?`).run(...params, id);
      return this.getRecord(id);
    },
  };
}

export type ArticlesRepo = ReturnType<typeof createArticlesRepo>;
