/**
 * Export and import of annotations. An export is built in memory, then either written next to its
 * destination under a temporary name and renamed over it (a crash never leaves half a file), or
 * returned as base64 for a download. An import parses the whole file first, checks each item (its
 * article, its codes, its selectors against the article's current text), reports the bad ones and
 * writes all the good ones in one transaction.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { AnnotationFilter } from '../../../shared/api/annotation-methods.ts';
import { ApiFailure } from '../../../shared/api/envelope.ts';
import { reanchor } from '../../../shared/annotations/anchor.ts';
import { describeSpan } from '../../../shared/annotations/selectors.ts';
import { transaction, type Database } from '../db/database.ts';
import { getCoder, listAnnotations } from './annotation-store.ts';
import { allCodes, defaultCodebookId } from './codebook-store.ts';
import {
  formatFiles,
  parseExchangeFile,
  type ExchangeFormat,
  type ExchangeItem,
} from './formats.ts';

export interface BuiltExport {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
  count: number;
}

/** The export file of the annotations matching `filter`, in memory. */
export function buildExport(
  db: Database,
  format: ExchangeFormat,
  filter: AnnotationFilter,
): BuiltExport {
  const codes = new Map(allCodes(db).map((c) => [c.id, c]));
  const rows = listAnnotations(db, filter);
  const articleIds = [...new Set(rows.map((r) => r.articleId))];
  const articles = new Map<string, { url: string | null; body: string; title: string }>();
  const byId = db.prepare('SELECT url, body, title FROM articles WHERE id = ?');
  for (const id of articleIds) {
    const row = byId.get(id) as { url: string | null; body: string; title: string } | undefined;
    if (row) articles.set(id, row);
  }
  const items: ExchangeItem[] = rows.map((row) => ({
    id: row.id,
    articleId: row.articleId,
    articleUrl: articles.get(row.articleId)?.url ?? null,
    articleTitle: row.articleTitle,
    outlet: row.outlet,
    published: row.published,
    codes: row.codeIds.map((id) => codes.get(id)?.name ?? id),
    quote: row.quote,
    position:
      row.status === 'anchored'
        ? { type: 'TextPositionSelector', start: row.start, end: row.end }
        : null,
    note: row.note,
    coder: row.coder,
    color: row.color,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }));
  const stamp = new Date().toISOString().slice(0, 10);
  const file = formatFiles[format];
  return {
    bytes: file.build(items, {
      articles,
      codes: [...codes.values()].map((c) => ({
        id: c.id,
        name: c.name,
        description: c.description,
        color: c.color,
        parentId: c.parentId,
        codebook: c.codebookName,
      })),
    }),
    fileName: `parallax-annotations-${stamp}.${file.extension}`,
    mimeType: file.mimeType,
    count: items.length,
  };
}

/** Writes `bytes` to `path` through a temporary file in the same folder and a rename. */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.tmp-${randomBytes(6).toString('hex')}`);
  try {
    writeFileSync(temporary, bytes, { flush: true });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ApiFailure('invalid_input', `cannot write ${path}: ${reason}`);
  }
}

export function exportAnnotations(
  db: Database,
  input: { format: ExchangeFormat; filter: AnnotationFilter; path?: string | undefined },
): { fileName: string; mimeType: string; count: number; path?: string; contentBase64?: string } {
  const built = buildExport(db, input.format, input.filter);
  const { fileName, mimeType, count } = built;
  if (input.path) {
    writeAtomically(input.path, built.bytes);
    return { fileName: basename(input.path), mimeType, count, path: input.path };
  }
  return { fileName, mimeType, count, contentBase64: Buffer.from(built.bytes).toString('base64') };
}

export interface ImportReport {
  added: number;
  orphans: number;
  problems: { item: string; reason: string }[];
  /** Articles that got annotations (for the change event). */
  articleIds: string[];
}

function readInput(input: {
  path?: string | undefined;
  file?: { name: string; contentBase64: string } | undefined;
}): { name: string; text: string } {
  if (input.path) {
    try {
      return { name: basename(input.path), text: readFileSync(input.path, 'utf8') };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message);
      throw new ApiFailure('invalid_input', `cannot read ${input.path}: ${why}`);
    }
  }
  if (input.file) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.file.contentBase64)) {
      throw new ApiFailure('invalid_input', `${input.file.name}: content is not valid base64`);
    }
    return {
      name: input.file.name,
      text: Buffer.from(input.file.contentBase64, 'base64').toString('utf8'),
    };
  }
  throw new ApiFailure('invalid_input', 'give a path or a file');
}

/** Imports W3C Web Annotation JSON or Parallax CSV; bad items are reported, the rest written. */
export function importAnnotations(
  db: Database,
  input: {
    path?: string | undefined;
    file?: { name: string; contentBase64: string } | undefined;
  },
  now: Date,
): ImportReport {
  const { text } = readInput(input);
  const parsed = parseExchangeFile(text);
  const problems = [...parsed.problems];
  const codes = allCodes(db);
  const codeByName = new Map<string, string>();
  // Offered codes win over retired ones, the default codebook over the user's, first over later.
  const ranked = [...codes].sort(
    (a, b) =>
      Number(a.retired) - Number(b.retired) ||
      Number(b.codebookId === defaultCodebookId) - Number(a.codebookId === defaultCodebookId),
  );
  for (const c of ranked) {
    const key = c.name.toLocaleLowerCase();
    if (!codeByName.has(key)) codeByName.set(key, c.id);
  }
  const articleById = db.prepare('SELECT id, body, version FROM articles WHERE id = ?');
  const articleByUrl = db.prepare('SELECT id, body, version FROM articles WHERE url = ? LIMIT 2');
  const exists = db.prepare('SELECT 1 FROM annotations WHERE id = ?');
  const coder = getCoder(db);

  const ready: {
    id: string | null;
    articleId: string;
    version: number;
    start: number;
    end: number;
    quote: { exact: string; prefix: string; suffix: string };
    status: 'anchored' | 'orphan';
    confidence: number;
    codeIds: string[];
    item: ExchangeItem;
  }[] = [];
  const seenIds = new Set<string>();
  for (const { label, order, item } of parsed.items) {
    const fail = (reason: string) => problems.push({ item: label, reason, order });
    type ArticleRow = { id: string; body: string; version: number };
    let article = item.articleId
      ? (articleById.get(item.articleId) as ArticleRow | undefined)
      : undefined;
    if (!article && item.articleUrl) {
      const rows = articleByUrl.all(item.articleUrl) as ArticleRow[];
      if (rows.length === 1) article = rows[0];
    }
    if (!article) {
      fail(
        `no article ${item.articleId ? `"${item.articleId}"` : ''}${item.articleUrl ? ` at ${item.articleUrl}` : ''} in the library`.replace(
          '  ',
          ' ',
        ),
      );
      continue;
    }
    const unknown = item.codes.filter((name) => !codeByName.has(name.trim().toLocaleLowerCase()));
    if (unknown.length > 0) {
      fail(
        `unknown code${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')}`,
      );
      continue;
    }
    const codeIds = [
      ...new Set(item.codes.map((n) => codeByName.get(n.trim().toLocaleLowerCase()) ?? '')),
    ];
    if (codeIds.length === 0 && item.note.trim() === '') {
      fail('it has neither a code nor a note');
      continue;
    }
    if (item.id && (exists.get(item.id) || seenIds.has(item.id))) {
      fail(`annotation "${item.id}" is already in the library`);
      continue;
    }
    const result = reanchor(article.body, {
      quote: item.quote,
      ...(item.position ? { position: item.position } : {}),
    });
    if (result.status === 'orphan' && result.best === null) {
      fail(`its quote matches nothing in article "${article.id}" (${result.reason})`);
      continue;
    }
    if (item.id) seenIds.add(item.id);
    if (result.status === 'anchored') {
      const { quote } = describeSpan(article.body, result.start, result.end);
      ready.push({
        id: item.id ?? null,
        articleId: article.id,
        version: article.version,
        start: result.start,
        end: result.end,
        quote,
        status: 'anchored',
        confidence: result.confidence,
        codeIds,
        item,
      });
    } else {
      // Kept for review at the closest place found, never silently attached there.
      const best = result.best ?? { start: 0, end: 0, confidence: 0 };
      ready.push({
        id: item.id ?? null,
        articleId: article.id,
        version: article.version,
        start: best.start,
        end: best.end,
        quote: item.quote,
        status: 'orphan',
        confidence: best.confidence,
        codeIds,
        item,
      });
    }
  }

  transaction(db, () => {
    const insert = db.prepare(
      `INSERT INTO annotations (id, article_id, article_version, note, color, coder, start, end,
         exact, prefix, suffix, status, confidence, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertCode = db.prepare(
      'INSERT INTO annotation_codes (annotation_id, code_id, position) VALUES (?, ?, ?)',
    );
    const at = now.toISOString();
    for (const r of ready) {
      const id = r.id ?? crypto.randomUUID();
      insert.run(
        id,
        r.articleId,
        r.version,
        r.item.note,
        r.item.color,
        r.item.coder?.trim() || coder,
        r.start,
        r.end,
        r.quote.exact,
        r.quote.prefix,
        r.quote.suffix,
        r.status,
        r.confidence,
        r.item.createdAt ?? at,
        r.item.updatedAt ?? at,
      );
      r.codeIds.forEach((codeId, i) => insertCode.run(id, codeId, i));
    }
  });
  return {
    added: ready.length,
    orphans: ready.filter((r) => r.status === 'orphan').length,
    problems: problems
      .sort((a, b) => a.order - b.order)
      .map(({ item, reason }) => ({ item, reason })),
    articleIds: [...new Set(ready.map((r) => r.articleId))],
  };
}
