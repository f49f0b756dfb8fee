/**
 * Article versions. The current text lives in the article's row; each time it changes (a
 * re-import of a corrected file, or the user's edit) the text being replaced is kept in
 * article_versions, the passages are cut again from the new body (the search-queue triggers take
 * them out of and back into the indexes), and the article's annotations re-anchor to the new text.
 * An annotation that cannot be placed with confidence becomes an orphan; it is never moved to a
 * look-alike passage. Callers own the transaction.
 */
import type { Passage } from '../../../shared/api/schemas.ts';
import { ApiFailure } from '../../../shared/api/envelope.ts';
import type { BodySpan, ParsedArticle } from '../../../shared/import/types.ts';
import { buildPassages } from '../../../shared/import/passages.ts';
import { countWords } from '../articles-repo.ts';
import type { Database } from '../db/database.ts';
import { reanchorAnnotations, type ReanchorOutcome } from './reanchor.ts';

export type VersionOrigin = 'import' | 're-import' | 'edit';

export interface VersionInfo {
  version: number;
  current: boolean;
  importedAt: string;
  origin: string;
  wordCount: number;
}

interface CurrentRow {
  body: string;
  title: string;
  version: number;
  version_origin: string;
  version_at: string | null;
  imported_at: string;
  word_count: number;
  language: string | null;
  edited_fields_json: string;
}

function currentRow(db: Database, id: string): CurrentRow {
  const row = db
    .prepare(
      `SELECT body, title, version, version_origin, version_at, imported_at, word_count, language,
         edited_fields_json FROM articles WHERE id = ?`,
    )
    .get(id) as unknown as CurrentRow | undefined;
  if (!row) throw new ApiFailure('not_found', `no article with id "${id}"`);
  return row;
}

export function listVersions(db: Database, id: string): VersionInfo[] {
  const current = currentRow(db, id);
  const old = db
    .prepare(
      `SELECT version, imported_at, origin, word_count FROM article_versions
       WHERE article_id = ? ORDER BY version DESC`,
    )
    .all(id) as { version: number; imported_at: string; origin: string; word_count: number }[];
  return [
    {
      version: current.version,
      current: true,
      importedAt: current.version_at ?? current.imported_at,
      origin: current.version_origin,
      wordCount: current.word_count,
    },
    ...old.map((v) => ({
      version: v.version,
      current: false,
      importedAt: v.imported_at,
      origin: v.origin,
      wordCount: v.word_count,
    })),
  ];
}

export function getVersion(
  db: Database,
  id: string,
  version: number,
): { version: number; body: string; importedAt: string } {
  const current = currentRow(db, id);
  if (version === current.version) {
    return { version, body: current.body, importedAt: current.version_at ?? current.imported_at };
  }
  const row = db
    .prepare('SELECT body, imported_at FROM article_versions WHERE article_id = ? AND version = ?')
    .get(id, version) as { body: string; imported_at: string } | undefined;
  if (!row) throw new ApiFailure('not_found', `article "${id}" has no version ${version}`);
  return { version, body: row.body, importedAt: row.imported_at };
}

/** The new text of an article, as the import pipeline or an edit produced it. */
export interface NewText {
  body: string;
  bodySpans: BodySpan[];
  passages: Passage[];
  contentHash: string;
  /** The rest of a re-import (source text, lines, metadata); absent for an edit. */
  parsed?: ParsedArticle;
  /** Where a re-imported file came from. */
  sourcePath?: string | null;
}

export interface VersionResult {
  version: number;
  reanchored: number;
  orphaned: number;
  outcomes: ReanchorOutcome[];
}

/**
 * Makes `text` the article's new current version: keeps the old text, replaces body and
 * passages, re-anchors the annotations. Metadata the user edited is kept on a re-import.
 */
export function addVersion(
  db: Database,
  id: string,
  text: NewText,
  origin: VersionOrigin,
  now: Date,
): VersionResult {
  const current = currentRow(db, id);
  const clash = db
    .prepare('SELECT id FROM articles WHERE content_hash = ? AND id <> ?')
    .get(text.contentHash, id) as { id: string } | undefined;
  if (clash) {
    throw new ApiFailure('conflict', `the same text is already in the library as "${clash.id}"`);
  }
  const oldPassages = db
    .prepare(
      'SELECT idx AS "index", paragraph, start, end FROM passages WHERE article_id = ? ORDER BY idx',
    )
    .all(id);
  db.prepare(
    `INSERT INTO article_versions (article_id, version, body, title, passages_json, origin,
       imported_at, word_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    current.version,
    current.body,
    current.title,
    JSON.stringify(oldPassages),
    current.version_origin,
    current.version_at ?? current.imported_at,
    current.word_count,
  );
  const version = current.version + 1;
  db.prepare(
    `UPDATE articles SET body = ?, body_spans_json = ?, word_count = ?, length = ?, content_hash = ?,
       version = ?, version_origin = ?, version_at = ? WHERE id = ?`,
  ).run(
    text.body,
    JSON.stringify(text.bodySpans),
    countWords(text.body),
    text.body.length,
    text.contentHash,
    version,
    origin,
    now.toISOString(),
    id,
  );
  if (text.parsed) applyReimport(db, id, text.parsed, current, text.sourcePath ?? null);

  db.prepare('DELETE FROM passages WHERE article_id = ?').run(id);
  const insert = db.prepare(
    'INSERT INTO passages (article_id, idx, paragraph, start, end, text) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const p of text.passages) insert.run(id, p.index, p.paragraph, p.start, p.end, p.text);

  const outcomes = reanchorAnnotations(db, id, current.body, text.body, version, now);
  const orphaned = outcomes.filter((o) => o.status === 'orphan').length;
  return { version, reanchored: outcomes.length - orphaned, orphaned, outcomes };
}

/** The source and metadata of a re-imported file; fields the user edited stay as they set them. */
function applyReimport(
  db: Database,
  id: string,
  p: ParsedArticle,
  current: CurrentRow,
  sourcePath: string | null,
): void {
  const edited = new Set(JSON.parse(current.edited_fields_json) as string[]);
  const sets: string[] = [];
  const params: (string | number | null)[] = [];
  const set = (column: string, value: string | number | null) => {
    sets.push(`${column} = ?`);
    params.push(value);
  };
  set('format', p.format);
  set('encoding', p.encoding);
  set('raw', p.raw);
  set('source_text', p.sourceText === p.raw ? null : p.sourceText);
  set(
    'lines_json',
    JSON.stringify(p.lines.map(({ line, role, reason }) => ({ line, role, reason }))),
  );
  set('body_lines_json', JSON.stringify(p.bodyLines));
  set('captions_json', JSON.stringify(p.captions));
  set('credits_json', JSON.stringify(p.credits));
  set('keywords_json', JSON.stringify(p.keywords));
  if (!edited.has('title')) set('title', p.title);
  if (!edited.has('outlet')) set('outlet', p.outlet?.value ?? null);
  if (!edited.has('language')) set('language', p.language?.value ?? null);
  if (!edited.has('published')) {
    set('published', p.published.value);
    set('published_source', p.published.source);
    set('published_confidence', p.published.confidence);
  }
  sets.push('url = coalesce(?, url)', 'source_path = coalesce(?, source_path)');
  params.push(p.url, sourcePath);
  db.prepare(`UPDATE articles SET ${sets.join(', ')} WHERE id = ?`).run(...params, id);
}

/**
 * The user's corrected clean body, in the clean body's own shape: one paragraph per non-blank
 * line, trimmed, joined by blank lines.
 */
export function normalizeEditedBody(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n\n');
}

/** The paragraphs and passages of an edited body (no source lines stand behind them). */
export function cutEditedBody(
  body: string,
  language: string | null,
): { bodySpans: BodySpan[]; passages: Passage[] } {
  const bodySpans: BodySpan[] = [];
  let at = 0;
  for (const paragraph of body.split('\n\n')) {
    // sourceStart -1: this paragraph was typed by the user, not read from the source text.
    bodySpans.push({ bodyStart: at, sourceStart: -1, length: paragraph.length });
    at += paragraph.length + 2;
  }
  return { bodySpans, passages: buildPassages(body, bodySpans, language) };
}

/** The language an article is cut in (its stored one). */
export function articleLanguage(db: Database, id: string): string | null {
  return currentRow(db, id).language;
}

/**
 * The article a re-imported file updates: the one imported from the same path, else the one with
 * the same URL (only when exactly one has it). Null when it is new.
 */
export function findEarlierVersion(
  db: Database,
  sourcePath: string | null,
  url: string | null,
): string | null {
  if (sourcePath) {
    const row = db
      .prepare('SELECT id FROM articles WHERE source_path = ? LIMIT 1')
      .get(sourcePath) as { id: string } | undefined;
    if (row) return row.id;
  }
  if (url) {
    const rows = db.prepare('SELECT id FROM articles WHERE url = ? LIMIT 2').all(url) as {
      id: string;
    }[];
    if (rows.length === 1) return rows[0]?.id ?? null;
  }
  return null;
}
