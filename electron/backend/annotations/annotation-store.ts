/**
 * Coded passages: each stores its span of the article's current clean body with W3C selectors
 * (the quote with context, and the offsets), its codes in order, note, colour and coder.
 * Callers own the transaction for writes.
 */
import { randomUUID } from 'node:crypto';
import type {
  Annotation,
  AnnotationFilter,
  AnnotationRow,
} from '../../../shared/api/annotation-methods.ts';
import { ApiFailure } from '../../../shared/api/envelope.ts';
import { describeSpan, reanchor } from '../../../shared/annotations/index.ts';
import { getSetting, setSetting, type Database } from '../db/database.ts';

export const defaultCoder = 'me';

export function getCoder(db: Database): string {
  return getSetting(db, 'annotations.coder') ?? defaultCoder;
}

export function setCoder(db: Database, coder: string): string {
  const name = coder.trim();
  setSetting(db, 'annotations.coder', name);
  return name;
}

interface AnnotationDbRow {
  id: string;
  article_id: string;
  article_version: number;
  note: string;
  color: string | null;
  coder: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  status: 'anchored' | 'orphan';
  confidence: number;
  created_at: string;
  updated_at: string;
  code_ids: string | null;
}

const columns = `n.id, n.article_id, n.article_version, n.note, n.color, n.coder, n.start, n.end,
  n.exact, n.prefix, n.suffix, n.status, n.confidence, n.created_at, n.updated_at,
  (SELECT json_group_array(code_id) FROM
     (SELECT code_id FROM annotation_codes WHERE annotation_id = n.id ORDER BY position)) AS code_ids`;

function toAnnotation(row: AnnotationDbRow): Annotation {
  return {
    id: row.id,
    articleId: row.article_id,
    articleVersion: row.article_version,
    codeIds: row.code_ids ? (JSON.parse(row.code_ids) as string[]) : [],
    note: row.note,
    color: row.color,
    coder: row.coder,
    start: row.start,
    end: row.end,
    quote: { type: 'TextQuoteSelector', exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    status: row.status,
    confidence: row.confidence,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function articleBody(db: Database, articleId: string): { body: string; version: number } {
  const row = db.prepare('SELECT body, version FROM articles WHERE id = ?').get(articleId) as
    { body: string; version: number } | undefined;
  if (!row) throw new ApiFailure('not_found', `no article with id "${articleId}"`);
  return row;
}

function spanSelectors(body: string, start: number, end: number) {
  try {
    return describeSpan(body, start, end);
  } catch (error) {
    throw new ApiFailure('invalid_input', (error as Error).message);
  }
}

/** The codes, de-duplicated; each must exist, and a retired one only where it was already. */
function checkCodes(db: Database, codeIds: string[], kept: readonly string[] = []): string[] {
  const unique = [...new Set(codeIds)];
  const check = db.prepare('SELECT name, retired FROM codes WHERE id = ?');
  for (const id of unique) {
    const row = check.get(id) as { name: string; retired: number } | undefined;
    if (!row) throw new ApiFailure('not_found', `no code with id "${id}"`);
    if (row.retired === 1 && !kept.includes(id)) {
      throw new ApiFailure('invalid_input', `the code "${row.name}" is retired`);
    }
  }
  return unique;
}

/** Codes merged away since (e.g. while a deleted passage waited for undo) become their targets. */
export function resolveMerged(db: Database, codeIds: string[]): string[] {
  const next = db.prepare('SELECT merged_into FROM codes WHERE id = ?');
  return codeIds.map((id) => {
    let at = id;
    for (let hops = 0; hops < 50; hops += 1) {
      const row = next.get(at) as { merged_into: string | null } | undefined;
      if (!row?.merged_into) break;
      at = row.merged_into;
    }
    return at;
  });
}

function writeCodes(db: Database, annotationId: string, codeIds: string[]): void {
  db.prepare('DELETE FROM annotation_codes WHERE annotation_id = ?').run(annotationId);
  const insert = db.prepare(
    'INSERT INTO annotation_codes (annotation_id, code_id, position) VALUES (?, ?, ?)',
  );
  codeIds.forEach((codeId, i) => insert.run(annotationId, codeId, i));
}

export function getAnnotation(db: Database, id: string): Annotation {
  const row = db
    .prepare(`SELECT ${columns} FROM annotations n WHERE n.id = ?`)
    .get(id) as unknown as AnnotationDbRow | undefined;
  if (!row) throw new ApiFailure('not_found', `no annotation with id "${id}"`);
  return toAnnotation(row);
}

export interface NewAnnotation {
  articleId: string;
  start: number;
  end: number;
  codeIds: string[];
  note: string;
  color: string | null;
  coder?: string;
}

/** Codes a span of the article's current body. */
export function createAnnotation(db: Database, input: NewAnnotation, now: Date): Annotation {
  const { body, version } = articleBody(db, input.articleId);
  const { quote } = spanSelectors(body, input.start, input.end);
  const codeIds = checkCodes(db, input.codeIds);
  if (codeIds.length === 0 && input.note.trim() === '') {
    throw new ApiFailure('invalid_input', 'pick a code or write a note');
  }
  const id = randomUUID();
  const at = now.toISOString();
  db.prepare(
    `INSERT INTO annotations (id, article_id, article_version, note, color, coder, start, end, exact,
       prefix, suffix, status, confidence, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'anchored', 1, ?, ?)`,
  ).run(
    id,
    input.articleId,
    version,
    input.note,
    input.color?.toLowerCase() ?? null,
    input.coder?.trim() || getCoder(db),
    input.start,
    input.end,
    quote.exact,
    quote.prefix,
    quote.suffix,
    at,
    at,
  );
  writeCodes(db, id, codeIds);
  return getAnnotation(db, id);
}

export interface AnnotationPatch {
  id: string;
  codeIds?: string[];
  note?: string;
  color?: string | null;
  span?: { start: number; end: number };
}

/** Edits codes, note or colour; a new span re-attaches the passage there (anchored, sure). */
export function updateAnnotation(db: Database, patch: AnnotationPatch, now: Date): Annotation {
  const current = getAnnotation(db, patch.id);
  const codeIds =
    patch.codeIds === undefined ? current.codeIds : checkCodes(db, patch.codeIds, current.codeIds);
  const note = patch.note ?? current.note;
  if (codeIds.length === 0 && note.trim() === '') {
    throw new ApiFailure('invalid_input', 'pick a code or write a note');
  }
  const sets = ['note = ?', 'color = ?', 'updated_at = ?'];
  const params: (string | number | null)[] = [
    note,
    patch.color === undefined ? current.color : (patch.color?.toLowerCase() ?? null),
    now.toISOString(),
  ];
  if (patch.span) {
    const { body, version } = articleBody(db, current.articleId);
    const { quote } = spanSelectors(body, patch.span.start, patch.span.end);
    sets.push(
      'start = ?',
      'end = ?',
      'exact = ?',
      'prefix = ?',
      'suffix = ?',
      'article_version = ?',
      "status = 'anchored'",
      'confidence = 1',
    );
    params.push(patch.span.start, patch.span.end, quote.exact, quote.prefix, quote.suffix, version);
  }
  db.prepare(`UPDATE annotations SET ${sets.join(', ')} WHERE id = ?`).run(...params, patch.id);
  if (patch.codeIds !== undefined) writeCodes(db, patch.id, codeIds);
  return getAnnotation(db, patch.id);
}

/** Deletes and returns the annotation as it was (for undo). */
export function deleteAnnotation(db: Database, id: string): Annotation {
  const annotation = getAnnotation(db, id);
  db.prepare('DELETE FROM annotations WHERE id = ?').run(id);
  return annotation;
}

/**
 * Puts an annotation back exactly as it was (undo of a delete, or an import of one already
 * anchored). Its article and codes must exist; its id must be free.
 */
export function insertAnnotation(db: Database, restored: Annotation): Annotation {
  const { body, version } = articleBody(db, restored.articleId);
  // The text may have changed while the passage was deleted: place it on the current text.
  const a = restored.articleVersion === version ? restored : placeOnText(restored, body, version);
  if (db.prepare('SELECT 1 FROM annotations WHERE id = ?').get(a.id)) {
    throw new ApiFailure('conflict', `annotation "${a.id}" exists already`);
  }
  const codeIds = checkCodes(db, resolveMerged(db, a.codeIds), a.codeIds);
  db.prepare(
    `INSERT INTO annotations (id, article_id, article_version, note, color, coder, start, end, exact,
       prefix, suffix, status, confidence, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    a.id,
    a.articleId,
    a.articleVersion,
    a.note,
    a.color,
    a.coder,
    a.start,
    a.end,
    a.quote.exact,
    a.quote.prefix,
    a.quote.suffix,
    a.status,
    a.confidence,
    a.createdAt,
    a.updatedAt,
  );
  writeCodes(db, a.id, codeIds);
  return getAnnotation(db, a.id);
}

/** An annotation from an older text, re-anchored on `body` (or an orphan there). */
function placeOnText(a: Annotation, body: string, version: number): Annotation {
  const found = reanchor(body, {
    quote: a.quote,
    ...(a.status === 'anchored'
      ? { position: { type: 'TextPositionSelector' as const, start: a.start, end: a.end } }
      : {}),
  });
  if (found.status === 'orphan') {
    return { ...a, status: 'orphan', confidence: found.best?.confidence ?? 0 };
  }
  const { quote } = describeSpan(body, found.start, found.end);
  return {
    ...a,
    articleVersion: version,
    start: found.start,
    end: found.end,
    quote,
    status: 'anchored',
    confidence: found.confidence,
  };
}

/** Annotations matching the filter, with their article's title, outlet and date. */
export function listAnnotations(db: Database, filter: AnnotationFilter = {}): AnnotationRow[] {
  const where: string[] = [];
  const params: string[] = [];
  const anyOf = (column: string, values: string[] | undefined) => {
    if (!values?.length) return;
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  anyOf('n.article_id', filter.articleIds);
  anyOf('n.coder', filter.coders);
  anyOf('a.outlet', filter.outlets);
  if (filter.codeIds?.length) {
    where.push(
      `EXISTS (SELECT 1 FROM annotation_codes ac WHERE ac.annotation_id = n.id AND ac.code_id IN (${filter.codeIds.map(() => '?').join(', ')}))`,
    );
    params.push(...filter.codeIds);
  }
  if (filter.status) {
    where.push('n.status = ?');
    params.push(filter.status);
  }
  const rows = db
    .prepare(
      `SELECT ${columns}, a.title AS article_title, a.outlet, a.published
       FROM annotations n JOIN articles a ON a.id = n.article_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY a.published DESC NULLS LAST, a.title COLLATE NOCASE, n.article_id, n.start, n.end, n.created_at`,
    )
    .all(...params) as unknown as (AnnotationDbRow & {
    article_title: string;
    outlet: string | null;
    published: string | null;
  })[];
  return rows.map((row) => ({
    ...toAnnotation(row),
    articleTitle: row.article_title,
    outlet: row.outlet,
    published: row.published,
  }));
}
